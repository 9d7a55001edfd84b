package hep.capsule.internal.verifier;

import hep.capsule.internal.archive.FindingCode;
import hep.capsule.internal.archive.tar.ArchiveContents;
import hep.capsule.internal.archive.tar.InvalidArchiveException;
import hep.capsule.internal.archive.tar.StoredFile;
import hep.capsule.internal.tensor.NpyFormatException;
import hep.capsule.internal.tensor.NpyLimits;
import hep.capsule.internal.tensor.NpyReader;
import java.io.IOException;

/**
 * Opens the NPY files of a read archive under the user's limits; a malformed or oversized one makes the archive
 * INVALID, naming it.
 */
record StoredTensors(ArchiveContents archive, NpyLimits limits) {

    NpyReader open(String bagPath) throws IOException, CheckFailed {
        try {
            StoredFile file = archive.require(bagPath);
            return NpyReader.open(file.storedAt(), bagPath, limits);
        } catch (InvalidArchiveException e) {
            throw CheckFailed.invalid(FindingCode.NAMED_FILE_MISSING, e.file(), "the file is missing from the archive");
        } catch (NpyFormatException e) {
            throw CheckFailed.invalid(FindingCode.NPY_MALFORMED, bagPath, e.getMessage());
        }
    }
}

package hep.capsule.internal.packager;

import hep.capsule.internal.archive.Archives;
import hep.capsule.internal.archive.IncompleteArchiveException;
import hep.capsule.internal.archive.tar.ArchiveLimits;
import hep.capsule.internal.archive.tar.ArchiveReader;
import hep.capsule.internal.archive.tar.InvalidArchiveException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code pack}'s check of the archive it has just written, before the archive is moved into place: opened the way
 * {@code verify} opens it, it must be safe to read and its bag complete. The payload is checksummed as it streams past,
 * never unpacked. A refusal is a bug of Capsule, not of the user's files.
 */
final class PackSelfCheck {
    private PackSelfCheck() {}

    /** The archive pack wrote is not one it would accept. */
    static final class IncompleteArchive extends IOException {
        IncompleteArchive(Path output, String problem) {
            super("pack wrote an archive for " + output + " that its own check refuses, so it left " + output
                    + " as it was: " + problem + " (this is a bug of Capsule; please report it)");
        }
    }

    /**
     * @param written the complete archive, not yet in place
     * @param output the path the user asked for, named in the refusal
     * @param workFolder an empty folder for the archive's tag files
     */
    static void require(Path written, Path output, Path workFolder) throws IOException {
        try {
            Archives.open(
                            written,
                            Files.createDirectories(workFolder),
                            new ArchiveReader(ArchiveLimits.none(), ArchiveReader.Kept.TAG_FILES, bytes -> {}))
                    .requireComplete();
        } catch (IncompleteArchiveException e) {
            throw new IncompleteArchive(output, e.finding().toString());
        } catch (InvalidArchiveException e) {
            String temporaryName = written.getFileName().toString();
            throw new IncompleteArchive(
                    output,
                    e.file().equals(temporaryName)
                            ? output.getFileName() + e.getMessage().substring(temporaryName.length())
                            : e.getMessage());
        }
    }
}

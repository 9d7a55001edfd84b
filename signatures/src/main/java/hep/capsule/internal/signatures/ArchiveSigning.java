package hep.capsule.internal.signatures;

import hep.capsule.internal.archive.Archives;
import hep.capsule.internal.archive.Finding;
import hep.capsule.internal.archive.OpenedArchive;
import hep.capsule.internal.archive.bag.BagFile;
import hep.capsule.internal.archive.tar.ArchiveContents;
import hep.capsule.internal.archive.tar.ArchiveFormat;
import hep.capsule.internal.archive.tar.ArchiveLimits;
import hep.capsule.internal.archive.tar.ArchiveSettings;
import hep.capsule.internal.archive.tar.Compression;
import hep.capsule.internal.archive.tar.DeterministicTar;
import hep.capsule.internal.archive.tar.InvalidArchiveException;
import hep.capsule.internal.files.AtomicFileWriter;
import hep.capsule.internal.files.WorkFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code capsule sign} and {@code Capsule.sign}: opens and checks an archive, and rewrites it atomically, as it was
 * stored (gzip or plain tar, same entry time), with one more signature of its tag manifest. Other signatures stay as
 * they are.
 */
public final class ArchiveSigning {
    private ArchiveSigning() {}

    /** An archive that is readable but not intact, so it is not signed. */
    public static final class NotIntactException extends Exception {
        private static final long serialVersionUID = 1L;

        NotIntactException(Path archive, Finding first) {
            super(archive + " is not intact, so it is not signed: " + first);
        }
    }

    /** Signs {@code archive} in place; returns the bag paths of the files added (the signature, and its time-stamp). */
    public static List<String> addSignature(Path archive, TagManifestSigner signer)
            throws IOException, InvalidArchiveException, NotIntactException, SigningException {
        try (WorkFolder work = WorkFolder.create("sign")) {
            OpenedArchive opened = Archives.open(archive, work.path(), ArchiveLimits.defaults());
            if (!opened.complete()) {
                throw new NotIntactException(archive, opened.findings().get(0));
            }
            ArchiveContents read = opened.contents();
            List<BagFile> bag = read.files().values().stream()
                    .map(f -> BagFile.of(f.bagPath(), f.storedAt()))
                    .toList();
            List<BagFile> signed = BagSignatures.addSignature(bag, signer);
            ArchiveSettings settings = new ArchiveSettings(
                    read.entryTime(), read.format() == ArchiveFormat.TAR ? Compression.NONE : Compression.DEFAULT);
            AtomicFileWriter.write(
                    archive, true, out -> DeterministicTar.write(read.topFolder(), signed, settings, out));
            return signed.subList(bag.size(), signed.size()).stream()
                    .map(BagFile::bagPath)
                    .toList();
        }
    }
}

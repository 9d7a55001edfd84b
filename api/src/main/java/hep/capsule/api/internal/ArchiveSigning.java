package hep.capsule.api.internal;

import hep.capsule.files.WorkFolder;
import hep.capsule.packager.archive.ArchiveSettings;
import hep.capsule.packager.archive.AtomicFileWriter;
import hep.capsule.packager.archive.BagFile;
import hep.capsule.packager.archive.BagSignatures;
import hep.capsule.packager.archive.Compression;
import hep.capsule.packager.archive.DeterministicTar;
import hep.capsule.signatures.SigningException;
import hep.capsule.signatures.TagManifestSigner;
import hep.capsule.verifier.archive.ArchiveFormat;
import hep.capsule.verifier.archive.ArchiveLimits;
import hep.capsule.verifier.archive.ArchiveReader;
import hep.capsule.verifier.archive.BagCompleteness;
import hep.capsule.verifier.archive.Finding;
import hep.capsule.verifier.archive.InvalidArchiveException;
import hep.capsule.verifier.archive.ReadArchive;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code capsule sign}: re-reads an archive safely, checks that it is intact, and rewrites it
 * atomically, as it was stored (gzip or plain tar, same entry time), with one more signature of its
 * tag manifest. Other signatures stay as they are. Internal: called by {@code capsule sign} and by
 * {@link hep.capsule.api.Capsule#sign}; it reads with the verifier and writes with the packager, so it
 * lives where both are at hand.
 */
public final class ArchiveSigning {
    private ArchiveSigning() {
    }

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
            ReadArchive read = new ArchiveReader(ArchiveLimits.defaults()).read(archive, work.path());
            List<Finding> findings = BagCompleteness.check(read);
            if (!findings.isEmpty()) {
                throw new NotIntactException(archive, findings.get(0));
            }
            List<BagFile> bag = read.files().values().stream().map(f -> BagFile.of(f.bagPath(), f.storedAt())).toList();
            List<BagFile> signed = BagSignatures.addSignature(bag, signer);
            ArchiveSettings settings = new ArchiveSettings(read.entryTime(),
                    read.format() == ArchiveFormat.TAR ? Compression.NONE : Compression.DEFAULT);
            AtomicFileWriter.write(archive, true, out -> DeterministicTar.write(read.topFolder(), signed, settings, out));
            return signed.subList(bag.size(), signed.size()).stream().map(BagFile::bagPath).toList();
        }
    }
}

package hep.capsule.internal.verifier;

import hep.capsule.internal.archive.Finding;
import hep.capsule.internal.archive.bag.BagLayout;
import hep.capsule.internal.archive.bag.SignatureFile;
import hep.capsule.internal.archive.tar.ArchiveContents;
import hep.capsule.internal.archive.tar.StoredFile;
import hep.capsule.internal.signatures.CheckedSignature;
import hep.capsule.internal.signatures.SignatureChecker;
import hep.capsule.internal.verifier.report.SignatureReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks every signature file of a read archive, with the time-stamp file beside it when there is one. A signature
 * vouches for the archive only through the checksums: when the bag is not intact, each signature is reported INVALID
 * with the reason.
 */
final class ArchiveSignatures {
    private ArchiveSignatures() {}

    static List<SignatureReport> check(ArchiveContents read, SignatureChecker checker, List<Finding> bagFindings)
            throws IOException {
        Optional<StoredFile> tagManifest = read.file(BagLayout.SIGNED_TAG_MANIFEST);
        byte[] signed = tagManifest.isPresent() ? tagManifest.get().readAllBytes() : new byte[0];
        List<SignatureReport> reports = new ArrayList<>();
        for (StoredFile file : read.files().values()) {
            Optional<SignatureFile> signature = SignatureFile.parse(file.bagPath());
            if (signature.isPresent()) {
                Optional<StoredFile> timeStamp = signature.get().timeStampFile().flatMap(t -> read.file(t.bagPath()));
                Optional<byte[]> timeStampBytes =
                        timeStamp.isPresent() ? Optional.of(timeStamp.get().readAllBytes()) : Optional.empty();
                CheckedSignature checked = checker.check(signature.get(), file.readAllBytes(), timeStampBytes, signed);
                reports.add(SignatureReport.of(
                        bagFindings.isEmpty()
                                ? checked
                                : checked.invalidBecause("the archive no longer matches the signed tag manifest: "
                                        + bagFindings.get(0))));
            }
        }
        return reports;
    }
}

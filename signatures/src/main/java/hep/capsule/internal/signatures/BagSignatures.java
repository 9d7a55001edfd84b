package hep.capsule.internal.signatures;

import hep.capsule.internal.archive.bag.BagFile;
import hep.capsule.internal.archive.bag.BagLayout;
import hep.capsule.internal.archive.bag.SignatureFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds one detached signature of {@code tagmanifest-sha512.txt} to a complete bag, under the next free signature name,
 * with its time-stamp file beside it when the signer made one. Nothing else changes: signatures and their time-stamps
 * are tag files no tag manifest lists.
 */
public final class BagSignatures {
    private BagSignatures() {}

    /** @return the bag with the new files at its end */
    public static List<BagFile> addSignature(List<BagFile> bag, TagManifestSigner signer)
            throws IOException, SigningException {
        BagFile signed = bag.stream()
                .filter(f -> f.bagPath().equals(BagLayout.SIGNED_TAG_MANIFEST))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("the bag has no " + BagLayout.SIGNED_TAG_MANIFEST + " to sign"));
        byte[] tagManifest;
        try (InputStream in = signed.content().open()) {
            tagManifest = in.readAllBytes();
        }
        SignatureFile name = SignatureFile.next(
                signer.format(), bag.stream().map(BagFile::bagPath).toList());
        DetachedSignature signature = signer.sign(tagManifest);
        List<BagFile> withSignature = new ArrayList<>(bag);
        withSignature.add(BagFile.of(name.bagPath(), signature.signature()));
        if (signature.timeStampToken().isPresent()) {
            String timeStampPath = name.timeStampFile()
                    .orElseThrow(() -> new IllegalArgumentException("a " + signer.format()
                            + " signature carries its time-stamp inside, not in a file beside it"))
                    .bagPath();
            withSignature.add(
                    BagFile.of(timeStampPath, signature.timeStampToken().get()));
        }
        return withSignature;
    }
}

package hep.capsule.packager.archive;

import hep.capsule.bag.BagLayout;
import hep.capsule.bag.SignatureFile;
import hep.capsule.signatures.SigningException;
import hep.capsule.signatures.TagManifestSigner;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds one detached signature of {@code tagmanifest-sha512.txt} to a complete bag, under the next
 * free signature name. Nothing else changes: signatures are tag files no tag manifest lists.
 */
public final class BagSignatures {
    private BagSignatures() {
    }

    public static List<BagFile> addSignature(List<BagFile> bag, TagManifestSigner signer) throws IOException, SigningException {
        BagFile signed = bag.stream().filter(f -> f.bagPath().equals(BagLayout.SIGNED_TAG_MANIFEST)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the bag has no " + BagLayout.SIGNED_TAG_MANIFEST + " to sign"));
        byte[] tagManifest;
        try (InputStream in = signed.content().open()) {
            tagManifest = in.readAllBytes();
        }
        SignatureFile name = SignatureFile.next(signer.format(), bag.stream().map(BagFile::bagPath).toList());
        List<BagFile> withSignature = new ArrayList<>(bag);
        withSignature.add(BagFile.of(name.bagPath(), signer.sign(tagManifest)));
        return withSignature;
    }
}

package hep.capsule.internal.signatures;

import hep.capsule.internal.archive.bag.SignatureFormat;

/** Makes a detached signature of a bag's {@code tagmanifest-sha512.txt}, with an unlocked key. */
public interface TagManifestSigner {
    SignatureFormat format();

    DetachedSignature sign(byte[] tagManifest) throws SigningException;
}

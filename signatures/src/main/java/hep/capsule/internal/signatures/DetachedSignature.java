package hep.capsule.internal.signatures;

import java.util.Optional;

/**
 * A detached signature of the tag manifest, as the files it is stored in.
 *
 * @param signature the bytes of the signature file
 * @param timeStampToken for an OpenPGP signature made with a time-stamping authority, the DER RFC 3161 token on the
 *     signature file, stored beside it ({@code .tsr}); a CMS signature carries its token inside, so it has none
 */
public record DetachedSignature(byte[] signature, Optional<byte[]> timeStampToken) {}

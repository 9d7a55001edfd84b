package hep.capsule.internal.signatures;

import java.time.Instant;
import java.util.Optional;
import org.bouncycastle.openpgp.PGPPublicKey;

/** When an OpenPGP key stops being valid: its creation time plus the key-expiration time of its self-signature. */
final class OpenPgpKeyExpiry {
    private OpenPgpKeyExpiry() {}

    /** @return the expiry, or empty for a key that never expires */
    static Optional<Instant> of(PGPPublicKey key) {
        long validSeconds = key.getValidSeconds();
        return validSeconds > 0
                ? Optional.of(key.getCreationTime().toInstant().plusSeconds(validSeconds))
                : Optional.empty();
    }
}

package hep.capsule.internal.signatures;

import java.time.Instant;
import java.util.Optional;

/**
 * When a key or certificate has expired, a signature still counts if a trusted time-stamp proves that it existed before
 * the expiry. This rule is the whole reason for time-stamps.
 */
final class ExpiryRule {
    private ExpiryRule() {}

    /**
     * @param expires when the key or certificate stops being valid, if ever
     * @param timeStamp the signature's checked time-stamp, if any
     * @return why the signature no longer counts, or empty when it does
     */
    static Optional<String> problem(
            String what, Optional<Instant> expires, Optional<TimeStamp> timeStamp, Instant now) {
        if (expires.isEmpty() || now.isBefore(expires.get())) {
            return Optional.empty();
        }
        Optional<TimeStamp> trusted = timeStamp.filter(TimeStamp::trusted);
        if (trusted.isEmpty()) {
            return Optional.of(what + " expired on " + expires.get()
                    + " and no trusted time-stamp proves the signature was made before then"
                    + timeStamp
                            .map(t -> " (the time-stamp by " + t.authority() + " is not from a trusted authority)")
                            .orElse(""));
        }
        if (trusted.get().time().isAfter(expires.get())) {
            return Optional.of(what + " expired on " + expires.get() + ", before the time-stamp of "
                    + trusted.get().time());
        }
        return Optional.empty();
    }
}

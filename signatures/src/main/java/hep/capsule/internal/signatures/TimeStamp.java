package hep.capsule.internal.signatures;

import java.time.Instant;

/**
 * A checked RFC 3161 time-stamp on a signature value.
 *
 * @param time when the authority saw the signature
 * @param authority the authority's certificate subject
 * @param trusted whether the authority's certificate leads to a trusted CA
 */
public record TimeStamp(Instant time, String authority, boolean trusted) {}

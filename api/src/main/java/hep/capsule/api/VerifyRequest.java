package hep.capsule.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to verify: {@code VerifyRequest.defaults()} re-executes everything and trusts no key, as {@code capsule verify}
 * does; the {@code with...} methods change that.
 *
 * @param integrityOnly a fixity check: only the safety, checksum and metadata checks, executing nothing; the verdict is
 *     then INTACT or INVALID ({@code --integrity-only})
 * @param trustedKeys OpenPGP public key files whose signatures are TRUSTED ({@code --trust})
 * @param trustedAuthorities CA certificate files (PEM) whose certificates' CMS signatures and time-stamps are TRUSTED
 *     ({@code --trust-ca})
 */
public record VerifyRequest(boolean integrityOnly, List<Path> trustedKeys, List<Path> trustedAuthorities) {

    /** Copies the lists. */
    public VerifyRequest {
        trustedKeys = List.copyOf(trustedKeys);
        trustedAuthorities = List.copyOf(trustedAuthorities);
    }

    /** A full verification that trusts no key. */
    public static VerifyRequest defaults() {
        return new VerifyRequest(false, List.of(), List.of());
    }

    /** This request, as an integrity-only check or not. */
    public VerifyRequest withIntegrityOnly(boolean only) {
        return new VerifyRequest(only, trustedKeys, trustedAuthorities);
    }

    /** This request, also trusting the OpenPGP public keys in {@code keyFile} (e.g. {@code public.asc}). */
    public VerifyRequest withTrustedKey(Path keyFile) {
        List<Path> keys = new ArrayList<>(trustedKeys);
        keys.add(keyFile);
        return new VerifyRequest(integrityOnly, keys, trustedAuthorities);
    }

    /** This request, also trusting the CA certificates in {@code certificateFile}. */
    public VerifyRequest withTrustedAuthority(Path certificateFile) {
        List<Path> authorities = new ArrayList<>(trustedAuthorities);
        authorities.add(certificateFile);
        return new VerifyRequest(integrityOnly, trustedKeys, authorities);
    }
}

package hep.capsule.internal.signatures;

/** Where a secret key's passphrase comes from; asked only when a key turns out to be protected. */
@FunctionalInterface
public interface Passphrase {
    /** @return a fresh copy that the caller may wipe */
    char[] get() throws SigningException;
}

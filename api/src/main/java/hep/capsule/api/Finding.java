package hep.capsule.api;

/**
 * One thing a check found: a problem (in a failed check) or a fact worth knowing (in a passed one).
 *
 * @param code a stable code saying what kind of finding it is; programs compare codes, never messages
 * @param file the file concerned, as a path inside the archive (with its top folder), or the archive itself; empty when
 *     the finding concerns no one file
 * @param message what was found, in words, for people
 */
public record Finding(String code, String file, String message) {}

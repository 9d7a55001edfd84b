package hep.capsule.internal.schema.slha;

/**
 * One thing wrong with an SLHA file.
 *
 * @param file the file's name as shown to the user
 * @param line 1-based line, or 0 when the problem concerns the file as a whole
 * @param message what was found and what is expected
 */
public record SlhaProblem(String file, int line, String message) {

    /** E.g. {@code param_card.slha:93: BLOCK MASS entry 1000006 is "MSTOP", not a number: ...}. */
    @Override
    public String toString() {
        return (line > 0 ? file + ":" + line : file) + ": " + message;
    }
}

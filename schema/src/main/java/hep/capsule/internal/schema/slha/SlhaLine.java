package hep.capsule.internal.schema.slha;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of an SLHA file, split into the words before {@code #} and the comment after it.
 *
 * @param number 1-based line number
 * @param words the words before the comment, none for a blank or comment line
 * @param comment the text after {@code #}, stripped, or empty
 * @param indented whether the line starts with a blank, as SLHA data lines do
 */
record SlhaLine(int number, List<String> words, String comment, boolean indented) {
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    SlhaLine {
        words = List.copyOf(words);
    }

    static SlhaLine of(int number, String text) {
        int hash = text.indexOf('#');
        String data = (hash < 0 ? text : text.substring(0, hash)).strip();
        String comment = hash < 0 ? "" : text.substring(hash + 1).strip();
        List<String> words = data.isEmpty() ? List.of() : List.of(BLANKS.split(data));
        return new SlhaLine(
                number, words, comment, !text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(0) == '\t'));
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    String first() {
        return words.get(0);
    }

    /** The words from {@code from} on, joined by single spaces. */
    String wordsFrom(int from) {
        return String.join(" ", words.subList(from, words.size()));
    }
}

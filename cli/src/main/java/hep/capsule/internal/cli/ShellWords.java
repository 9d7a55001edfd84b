package hep.capsule.internal.cli;

import java.util.List;
import java.util.stream.Collectors;

/** Words for a POSIX shell script: each in single quotes, so that nothing in it is expanded. */
final class ShellWords {
    private ShellWords() {}

    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    static String quote(List<String> words) {
        return words.stream().map(ShellWords::quote).collect(Collectors.joining(" "));
    }
}

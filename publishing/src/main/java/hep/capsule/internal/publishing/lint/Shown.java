package hep.capsule.internal.publishing.lint;

import java.nio.file.Path;

/** How a path is shown in findings: relative to the current directory (the repository) when below it. */
final class Shown {
    private Shown() {}

    static String path(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        Path shown = absolute.startsWith(here) ? here.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}

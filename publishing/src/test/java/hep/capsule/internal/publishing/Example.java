package hep.capsule.internal.publishing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The bundled examples, and editable copies of them for tests that change a field. */
public enum Example {
    HIGGS("atlas-higp-2024-32-resdnn-even"),
    SUSY("atlas-susy-2019-04-4jets"),
    ZERO_LEPTON("atlas-zerolepton-2016-srbdt-ggdirect-even");

    private final String folder;

    Example(String folder) {
        this.folder = folder;
    }

    public Path descriptor() {
        return Path.of("..", "archive-examples", folder, "capsule.yaml");
    }

    /** Copies the example's files into {@code copy} and returns the copy's capsule.yaml. */
    public Path copyTo(Path copy) throws IOException {
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(descriptor().getParent())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, copy.resolve(file.getFileName().toString()));
            }
        }
        return copy.resolve("capsule.yaml");
    }

    /** Replaces the first occurrence of {@code from} in a copied descriptor. */
    public static void edit(Path descriptor, String from, String to) throws IOException {
        String text = Files.readString(descriptor);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(from + " is not in " + descriptor);
        }
        Files.writeString(
                descriptor,
                text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }
}

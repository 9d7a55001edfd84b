package hep.capsule.internal.schema;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The realistic test descriptor and ways to break it. */
final class Fixture {

    static final String FILE = "capsule.yaml";

    private Fixture() {}

    static String text() {
        try (InputStream in = Fixture.class.getResourceAsStream("capsule.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of the only occurrence of {@code fragment} in {@code text}. */
    static int lineOf(String text, String fragment) {
        int at = text.indexOf(fragment);
        assertTrue(at >= 0 && text.indexOf(fragment, at + 1) < 0, "fragment must occur once: " + fragment);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The fixture with the only occurrence of {@code from} replaced by {@code to}. */
    static String replaced(String from, String to) {
        String text = text();
        lineOf(text, from);
        return text.replace(from, to);
    }

    static DescriptorException failure(String yaml) {
        return assertThrows(DescriptorException.class, () -> new DescriptorLoader().load(yaml, FILE));
    }
}

package hep.capsule.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java example, as it stands there: compiled with javac against the API's classes alone (so it uses
 * nothing internal), then run on capsules of the conformance set. The longer example of docs/java-api.md is compiled
 * the same way.
 */
class ReadmeExampleTest {
    private static final Path README = Path.of("../README.md");
    private static final Path CONFORMANCE = Path.of("../conformance");

    @TempDir
    static Path classes;

    static Method main;

    @BeforeAll
    static void compileTheExample() throws Exception {
        Path compiled = Files.createDirectory(classes.resolve("readme"));
        String className = compile(README, "## Java API", compiled);
        ClassLoader loader =
                new URLClassLoader(new URL[] {compiled.toUri().toURL()}, ReadmeExampleTest.class.getClassLoader());
        main = loader.loadClass(className).getMethod("main", String[].class);
    }

    /**
     * Compiles the first ```java block after {@code heading} in {@code document} into {@code output}, against the API's
     * classes alone; returns the name of its public class.
     */
    private static String compile(Path document, String heading, Path output) throws Exception {
        String text = Files.readString(document, StandardCharsets.UTF_8);
        String section = text.substring(text.indexOf(heading));
        Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertTrue(block.find(), document + "'s section " + heading + " has a ```java block");
        Matcher className = Pattern.compile("public class (\\w+)").matcher(block.group(1));
        assertTrue(className.find(), "the example declares a public class");
        Path source = output.resolve(className.group(1) + ".java");
        Files.writeString(source, block.group(1), StandardCharsets.UTF_8);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String apiClasses = Path.of(Capsule.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toString();
        StringWriter errors = new StringWriter();
        boolean compiled = javac.getTask(
                        errors,
                        null,
                        null,
                        List.of("-classpath", apiClasses, "-d", output.toString()),
                        null,
                        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                                .getJavaFileObjects(source))
                .call();
        assertTrue(compiled, errors.toString());
        return className.group(1);
    }

    /** What the example prints for {@code archive}, line by line. */
    private static List<String> run(Path archive) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            main.invoke(null, (Object) new String[] {archive.toString()});
        } finally {
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void theLongerExampleOfTheApisDocumentCompiles() throws Exception {
        assertEquals(
                "PackSignVerify",
                compile(
                        Path.of("../docs/java-api.md"),
                        "## An example",
                        Files.createDirectory(classes.resolve("docs"))));
    }

    @Test
    void printsTheVerdictOfAReproducedCapsule() throws Exception {
        Path archive = CONFORMANCE.resolve("valid/onnx.tar.gz");
        assertEquals(List.of(archive + ": REPRODUCED"), run(archive));
    }

    @Test
    void printsTheCodeAndFileOfWhatMakesACapsuleInvalid() throws Exception {
        Path archive = CONFORMANCE.resolve("invalid/payload-changed.tar.gz");
        assertEquals(
                List.of(
                        archive + ": INVALID",
                        "PAYLOAD_CHECKSUM_MISMATCH conformance-tiny-onnx/data/models/tiny/tiny.onnx"),
                run(archive));
    }
}

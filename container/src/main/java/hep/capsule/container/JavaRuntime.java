package hep.capsule.container;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.spi.ToolProvider;

/**
 * A minimal Java runtime made with {@code jlink} from the JDK running Capsule: the modules
 * onnxruntime needs ({@code java.base}, {@code java.logging}, says {@code jdeps}) and those
 * Capsule's verifier and its libraries use. Not {@code --compress}ed: the image's and the
 * distribution's gzip compress the plain module file better.
 */
final class JavaRuntime {
    static final List<String> MODULES = List.of("java.base", "java.logging", "java.management", "java.naming", "java.net.http",
            "java.sql", "jdk.crypto.ec", "jdk.unsupported");

    private JavaRuntime() {
    }

    /** The JDK jlink runs from, as the image's label records it. */
    static String jdk() {
        return System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version");
    }

    static void link(Path output) throws ImageException {
        ToolProvider jlink = ToolProvider.findFirst("jlink").orElseThrow(() -> new ImageException(
                "the Java running Capsule (" + System.getProperty("java.home") + ") has no jlink: run Capsule with a JDK (JAVA=/path/to/jdk/bin/java)"));
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(messages, true, StandardCharsets.UTF_8);
        // Without system-modules: JDK 17's plugin writes its SystemModules classes in an order that changes from run to run
        // (JDK-8392531), so lib/modules, and the image, would differ between two builds. The runtime then reads the module
        // descriptors at start-up instead.
        int status = jlink.run(print, print, "--add-modules", String.join(",", MODULES), "--disable-plugin", "system-modules",
                "--strip-debug", "--no-header-files", "--no-man-pages", "--output", output.toString());
        if (status != 0) {
            throw new ImageException("jlink of " + System.getProperty("java.home") + " failed (exit status " + status + "): "
                    + messages.toString(StandardCharsets.UTF_8).strip());
        }
    }
}

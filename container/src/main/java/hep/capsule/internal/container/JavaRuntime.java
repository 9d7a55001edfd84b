package hep.capsule.internal.container;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A minimal Java runtime made with {@code jlink} from the JDK running Capsule: the modules onnxruntime needs
 * ({@code java.base}, {@code java.logging}, says {@code jdeps}) and those Capsule's verifier and its libraries use. Not
 * {@code --compress}ed: the image's and the distribution's gzip compress the plain module file better.
 */
final class JavaRuntime {
    static final List<String> MODULES = List.of(
            "java.base",
            "java.logging",
            "java.management",
            "java.naming",
            "java.net.http",
            "java.sql",
            "jdk.crypto.ec",
            "jdk.unsupported");

    private JavaRuntime() {}

    /** The JDK jlink runs from, as the image's label records it. */
    static String jdk() {
        return System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version");
    }

    /**
     * Runs the JDK's {@code jlink} in a process of its own, never inside Capsule's JVM: jlink generates classes with
     * the running JVM's method-handle machinery, and inside Capsule's JVM their bytes would depend on what that JVM had
     * loaded (with or without the launcher's class-data sharing archive), so that two builds would differ.
     */
    static void link(Path output) throws ImageException, IOException, InterruptedException {
        Path jlink = Path.of(System.getProperty("java.home"), "bin", "jlink");
        if (!Files.isExecutable(jlink)) {
            throw new ImageException("the Java running Capsule (" + System.getProperty("java.home")
                    + ") has no jlink: run Capsule with a JDK (JAVA=/path/to/jdk/bin/java)");
        }
        List<String> command = List.of(
                jlink.toString(),
                "--add-modules",
                String.join(",", MODULES),
                // Without system-modules: JDK 17's plugin writes its SystemModules classes in an order that changes
                // from run to
                // run (JDK-8392531). The runtime then reads the module descriptors at start-up instead.
                "--disable-plugin",
                "system-modules",
                "--strip-debug",
                "--no-header-files",
                "--no-man-pages",
                "--output",
                output.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS"));
        Process process = builder.start();
        process.getOutputStream().close();
        String messages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = process.waitFor();
        if (status != 0) {
            throw new ImageException("jlink of " + System.getProperty("java.home") + " failed (exit status " + status
                    + "): " + messages.strip());
        }
    }
}

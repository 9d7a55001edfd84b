package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only: an OCI image tarball unpacked with umoci and run with runc, locked down as the documentation says a site
 * should run it: no terminal, its own network namespace (no network), a read-only root with a tmpfs /tmp, as the
 * image's non-root user. Needs umoci and runc (and root), which .ci/run installs.
 */
final class Runc {
    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final ObjectNode config;

    private Runc(Path folder, ObjectNode config) {
        this.folder = folder;
        this.config = config;
    }

    /** Unpacks the image (an OCI layout tarball holding the one reference {@code name}) into {@code folder}. */
    static Runc unpack(Path imageTar, String name, Path folder) throws IOException, InterruptedException {
        Path layout = Files.createDirectories(folder.resolve("layout"));
        command(List.of("tar", "-xf", imageTar.toString(), "-C", layout.toString()));
        Path bundle = folder.resolve("bundle");
        command(List.of("umoci", "unpack", "--image", layout + ":" + name, bundle.toString()));
        ObjectNode config =
                (ObjectNode) JSON.readTree(bundle.resolve("config.json").toFile());
        ((ObjectNode) config.get("process")).put("terminal", false);
        ((ObjectNode) config.get("root"))
                .put("path", bundle.resolve("rootfs").toString())
                .put("readonly", true);
        ObjectNode tmp = ((ArrayNode) config.get("mounts"))
                .addObject()
                .put("destination", "/tmp")
                .put("type", "tmpfs")
                .put("source", "tmpfs");
        tmp.putArray("options").add("nosuid").add("nodev").add("mode=1777").add("size=1g");
        return new Runc(folder, config);
    }

    /** The unpacked image's runtime configuration (process, root, mounts, namespaces). */
    ObjectNode config() {
        return config.deepCopy();
    }

    /**
     * Runs the image's entrypoint, with {@code file} bind-mounted read-only at {@code target} when given, and these
     * arguments after it.
     */
    Launcher.Run run(Path file, String target, String... arguments) throws IOException, InterruptedException {
        ObjectNode run = config();
        if (file != null) {
            ObjectNode bind = ((ArrayNode) run.get("mounts"))
                    .addObject()
                    .put("destination", target)
                    .put("type", "bind")
                    .put("source", file.toAbsolutePath().toString());
            bind.putArray("options").add("bind").add("ro");
        }
        ArrayNode args = (ArrayNode) run.get("process").get("args");
        for (String argument : arguments) {
            args.add(argument);
        }
        String id = "capsule-test-" + ProcessHandle.current().pid() + "-" + RUNS.incrementAndGet();
        Path bundle = Files.createDirectories(folder.resolve(id));
        JSON.writeValue(bundle.resolve("config.json").toFile(), run);
        Process process = new ProcessBuilder("runc", "run", "--bundle", bundle.toString(), id)
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        process.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        try {
            String out = read(process.getInputStream());
            return new Launcher.Run(process.waitFor(), out, err.join());
        } finally {
            new ProcessBuilder("runc", "delete", "--force", id)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
        }
    }

    static String command(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(command))
                .redirectErrorStream(true)
                .start();
        String output = read(process.getInputStream());
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
        return output;
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Test-only: a real headless Chromium (Debian package chromium) that renders a local page, with an empty profile and
 * everything that could reach the network switched off.
 */
final class HeadlessChromium {
    private final Path profiles;
    private int runs;

    /** @param profiles a folder for the empty user-data folder of each run */
    HeadlessChromium(Path profiles) {
        this.profiles = profiles;
    }

    /** The page's DOM after rendering, as Chromium serialises it. */
    String dumpDom(Path page) throws IOException, InterruptedException {
        return run(page, "--dump-dom");
    }

    /** A screenshot of the page's first {@code width} x {@code height} pixels, as PNG. */
    void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        run(page, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height, "--hide-scrollbars");
        assertTrue(Files.size(png) > 10_000, "the screenshot shows the page: " + Files.size(png) + " bytes");
    }

    private String run(Path page, String... action) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(profiles.resolve("chromium-profile-" + runs++));
        List<String> command = new ArrayList<>(List.of(
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--user-data-dir=" + profile));
        command.addAll(List.of(action));
        command.add(page.toAbsolutePath().toUri().toString());
        Process process = new ProcessBuilder(command).start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String out = read(process.getInputStream());
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "chromium ends");
        assertEquals(0, process.exitValue(), err.join());
        return out;
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

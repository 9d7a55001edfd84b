package hep.capsule.internal.schema.slha;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Tells whether a file is an SLHA card: by its extension {@code .slha}, or because its first line that is neither blank
 * nor a comment opens a BLOCK or a DECAY table (a MadGraph {@code param_card.dat}). Only the beginning of the file is
 * read.
 */
public final class SlhaDetection {
    private static final int HEAD_BYTES = 64 * 1024;

    private SlhaDetection() {}

    public static boolean isSlha(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".slha")) {
            return true;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        return new String(head, StandardCharsets.UTF_8)
                .lines()
                .map(line -> SlhaLine.of(0, line))
                .filter(line -> !line.isEmpty())
                .findFirst()
                .map(line ->
                        line.first().equalsIgnoreCase("BLOCK") || line.first().equalsIgnoreCase("DECAY"))
                .orElse(false);
    }
}

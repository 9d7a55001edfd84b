package hep.capsule.internal.container;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An OCI platform ({@code linux/amd64}) and the name onnxruntime's jar gives the same platform's native libraries
 * ({@code linux-x64}).
 */
public record ImagePlatform(String os, String architecture) {
    /** OCI architecture names by the suffix of onnxruntime's native folders. */
    private static final Map<String, String> ARCHITECTURES = Map.of("x64", "amd64", "aarch64", "arm64", "x86", "386");

    /** {@code os/architecture}, as {@code --platform} takes it and the image records it. */
    public static ImagePlatform parse(String text) throws ImageException {
        String[] parts = text.split("/", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new ImageException("--platform " + text + ": write it as OS/ARCHITECTURE, for example linux/amd64");
        }
        return new ImagePlatform(parts[0], parts[1]);
    }

    /** The platform of the JVM running this code, whose runtime and system libraries the image copies. */
    public static ImagePlatform host() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String architecture = switch (arch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            default -> arch;
        };
        return new ImagePlatform(
                System.getProperty("os.name").toLowerCase(Locale.ROOT).replace(' ', '-'), architecture);
    }

    /** The OCI platform of one of onnxruntime's native folders ({@code osx-aarch64} gives {@code darwin/arm64}). */
    static Optional<ImagePlatform> ofOnnxRuntimeFolder(String folder) {
        int dash = folder.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        String os = switch (folder.substring(0, dash)) {
            case "osx" -> "darwin";
            case "win" -> "windows";
            default -> folder.substring(0, dash);
        };
        return Optional.ofNullable(ARCHITECTURES.get(folder.substring(dash + 1)))
                .map(architecture -> new ImagePlatform(os, architecture));
    }

    /** onnxruntime's name for this platform's native folder. */
    String onnxRuntimeFolder() {
        String prefix = switch (os) {
            case "darwin" -> "osx";
            case "windows" -> "win";
            default -> os;
        };
        return prefix + "-"
                + ARCHITECTURES.entrySet().stream()
                        .filter(e -> e.getValue().equals(architecture))
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElse(architecture);
    }

    @Override
    public String toString() {
        return os + "/" + architecture;
    }
}

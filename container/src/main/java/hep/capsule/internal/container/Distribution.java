package hep.capsule.internal.container;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The relocatable distribution {@code capsule-VERSION-linux-x86_64.tar.gz}: the parts of the image that are not the
 * machine's own (a jlinked Java runtime, onnxruntime's native libraries, Capsule's jars) and a launcher,
 * {@code bin/capsule}, that finds them beside itself. Unpacked anywhere on a machine of its platform, it runs Capsule
 * without Java, Maven or a PATH. The same inputs give the same bytes.
 */
public final class Distribution {
    private Distribution() {}

    /** {@code capsule-VERSION-OS-MACHINE}, the tarball's top folder and, with {@code .tar.gz}, its file name. */
    public static String name(String version, ImagePlatform platform) {
        String machine = switch (platform.architecture()) {
            case "amd64" -> "x86_64";
            case "arm64" -> "aarch64";
            default -> platform.architecture();
        };
        return "capsule-" + version + "-" + platform.os() + "-" + machine;
    }

    /**
     * Writes the distribution of these jars (class path order) for this machine's platform to {@code output}, whole or
     * not at all.
     */
    public static void write(List<Path> capsuleJars, String version, Path output, Path work)
            throws IOException, ImageException, InterruptedException {
        ImagePlatform platform = ImagePlatform.host();
        RuntimeParts parts = RuntimeParts.prepare(capsuleJars, platform, work.resolve("parts"));
        String top = name(version, platform);
        Path launcher = Files.writeString(work.resolve("capsule"), launcher(parts, version), StandardCharsets.UTF_8);
        Map<String, DeterministicTarGz.Source> entries = new TreeMap<>();
        entries.put(top + "/bin/capsule", new DeterministicTarGz.Source(launcher, true));
        try (Stream<Path> runtime = Files.walk(parts.runtime())) {
            for (Path file : runtime.filter(Files::isRegularFile).toList()) {
                entries.put(
                        top + "/runtime/" + parts.runtime().relativize(file),
                        new DeterministicTarGz.Source(
                                file,
                                ImageBuilder.permissions(file).toOctalString().equals("755")));
            }
        }
        parts.natives()
                .forEach(file ->
                        entries.put(top + "/native/" + file.getFileName(), new DeterministicTarGz.Source(file, false)));
        parts.jars()
                .forEach(file ->
                        entries.put(top + "/lib/" + file.getFileName(), new DeterministicTarGz.Source(file, false)));

        Path target = output.toAbsolutePath();
        Path unfinished = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            DeterministicTarGz.write(entries, unfinished);
            Files.move(unfinished, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(unfinished);
        }
    }

    /** A POSIX shell launcher that uses only the shell's built-in commands, so that it runs with an empty PATH. */
    private static String launcher(RuntimeParts parts, String version) {
        String jvm = parts.jvmArguments("$home/native", "$home/lib").stream()
                .map(a -> "\"" + a + "\"")
                .collect(Collectors.joining(" "));
        return String.join(
                "\n",
                "#!/bin/sh",
                "# Capsule " + version
                        + ", relocatable: runs with the Java runtime, onnxruntime libraries and jars of the "
                        + "folder above",
                "# this one, wherever it was unpacked; needs no Java, Maven or PATH. JAVA_OPTS is passed to the JVM.",
                "case \"$0\" in",
                "  */*) bin=\"${0%/*}\" ;;",
                "  *) bin=\"$(command -v -- \"$0\")\"; bin=\"${bin%/*}\" ;;",
                "esac",
                "home=\"$(cd \"$bin/..\" && pwd -P)\"",
                "ORT_DISABLE_TELEMETRY=1",
                "export ORT_DISABLE_TELEMETRY",
                "# shellcheck disable=SC2086 # JAVA_OPTS is a list of options on purpose",
                "exec \"$home/runtime/bin/java\" ${JAVA_OPTS:-} " + jvm + " \"$@\"",
                "");
    }
}

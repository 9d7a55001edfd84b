package hep.capsule.internal.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxRuntimeJarTest {
    @TempDir
    Path temp;

    private Path jar() throws Exception {
        Path jar = temp.resolve("onnxruntime-9.9.9.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            for (String name : List.of(
                    "META-INF/MANIFEST.MF",
                    "ai/onnxruntime/OrtEnvironment.class",
                    "ai/onnxruntime/native/linux-x64/libonnxruntime.so",
                    "ai/onnxruntime/native/linux-x64/libonnxruntime4j_jni.so",
                    "ai/onnxruntime/native/osx-aarch64/libonnxruntime.dylib",
                    "ai/onnxruntime/native/win-x64/onnxruntime.dll",
                    "ai/onnxruntime/version.txt")) {
                ZipEntry entry = new ZipEntry(name);
                entry.setTimeLocal(java.time.LocalDateTime.of(2025, 6, 1, 12, 0));
                zip.putNextEntry(entry);
                zip.write(name.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    private Path otherJar() throws Exception {
        Path other = temp.resolve("other.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(other))) {
            zip.putNextEntry(new ZipEntry("x/Y.class"));
        }
        return other;
    }

    @Test
    void findsThePlatformsAndTakesOutOnesNatives() throws Exception {
        OnnxRuntimeJar jar = OnnxRuntimeJar.among(List.of(otherJar(), jar()));

        assertEquals(List.of("linux-x64", "osx-aarch64", "win-x64"), jar.platforms());
        List<Path> natives = jar.extractNatives("linux-x64", temp.resolve("native"));
        assertEquals(
                List.of("libonnxruntime.so", "libonnxruntime4j_jni.so"),
                natives.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals("ai/onnxruntime/native/linux-x64/libonnxruntime.so", Files.readString(natives.get(0)));
    }

    @Test
    void theStrippedJarKeepsEverythingElseAndIsTheSameEveryTime() throws Exception {
        OnnxRuntimeJar jar = OnnxRuntimeJar.among(List.of(jar()));
        Path first = temp.resolve("first.jar");
        Path second = temp.resolve("second.jar");
        jar.writeWithoutNatives(first);
        jar.writeWithoutNatives(second);

        assertEquals(-1, Files.mismatch(first, second));
        try (ZipFile zip = new ZipFile(first.toFile())) {
            assertEquals(
                    List.of(
                            "META-INF/MANIFEST.MF",
                            "ai/onnxruntime/OrtEnvironment.class",
                            "ai/onnxruntime/version.txt"),
                    Collections.list(zip.entries()).stream()
                            .map(ZipEntry::getName)
                            .toList());
            assertEquals(
                    java.time.LocalDateTime.of(2025, 6, 1, 12, 0),
                    zip.getEntry("ai/onnxruntime/version.txt").getTimeLocal());
        }
    }

    @Test
    void withoutOnnxRuntimeTheJarsAreRefused() throws Exception {
        Path other = otherJar();
        assertTrue(assertThrows(ImageException.class, () -> OnnxRuntimeJar.among(List.of(other)))
                .getMessage()
                .contains("onnxruntime"));
    }
}

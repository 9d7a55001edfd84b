package hep.capsule.internal.runner.ort;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxRuntimeLibrariesTest {
    private static final String PLATFORM = OnnxRuntimeLibraries.platform().orElseThrow();

    @TempDir
    Path cache;

    @Test
    void theLibrariesAreCopiedOnceIntoAPrivateFolderAndMatchTheJar() throws IOException {
        Path folder = OnnxRuntimeLibraries.cached(PLATFORM, cache).orElseThrow();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        Path library = folder.resolve("libonnxruntime.so");
        assertArrayEquals(fromJar("libonnxruntime.so"), Files.readAllBytes(library));
        assertArrayEquals(
                fromJar("libonnxruntime4j_jni.so"), Files.readAllBytes(folder.resolve("libonnxruntime4j_jni.so")));

        FileTime copied = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(library, copied);
        assertEquals(Optional.of(folder), OnnxRuntimeLibraries.cached(PLATFORM, cache));
        assertEquals(copied, Files.getLastModifiedTime(library), "a matching copy is used as it is");
    }

    @Test
    void aChangedCopyIsReplacedBeforeUse() throws IOException {
        Path folder = OnnxRuntimeLibraries.cached(PLATFORM, cache).orElseThrow();
        Path library = folder.resolve("libonnxruntime.so");
        byte[] changed = Files.readAllBytes(library);
        changed[changed.length / 2] ^= 1;
        Files.write(library, changed);

        assertEquals(Optional.of(folder), OnnxRuntimeLibraries.cached(PLATFORM, cache));
        assertArrayEquals(fromJar("libonnxruntime.so"), Files.readAllBytes(library));
    }

    @Test
    void aFolderOthersMayWriteToIsNotUsed() throws IOException {
        Path folder = OnnxRuntimeLibraries.cached(PLATFORM, cache).orElseThrow();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertEquals(Optional.empty(), OnnxRuntimeLibraries.cached(PLATFORM, cache));
    }

    @Test
    void aLinkInPlaceOfTheFolderIsNotFollowed() throws IOException {
        Path elsewhere = OnnxRuntimeLibraries.cached(PLATFORM, cache.resolve("elsewhere"))
                .orElseThrow();
        Path folder = cache.resolve("home").resolve(elsewhere.getFileName());
        Files.createDirectories(folder.getParent());
        Files.createSymbolicLink(folder, elsewhere);
        assertEquals(Optional.empty(), OnnxRuntimeLibraries.cached(PLATFORM, cache.resolve("home")));
        assertTrue(Files.isSymbolicLink(folder));
    }

    private static byte[] fromJar(String library) throws IOException {
        try (InputStream in =
                OnnxRuntimeLibraries.class.getResourceAsStream("/ai/onnxruntime/native/" + PLATFORM + "/" + library)) {
            return in.readAllBytes();
        }
    }
}

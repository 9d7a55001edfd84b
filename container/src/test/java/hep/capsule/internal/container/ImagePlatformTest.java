package hep.capsule.internal.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImagePlatformTest {
    @Test
    void ociPlatformsMapToOnnxRuntimesFolderNamesAndBack() throws Exception {
        assertEquals("linux-x64", ImagePlatform.parse("linux/amd64").onnxRuntimeFolder());
        assertEquals("linux-aarch64", ImagePlatform.parse("linux/arm64").onnxRuntimeFolder());
        assertEquals("osx-aarch64", ImagePlatform.parse("darwin/arm64").onnxRuntimeFolder());
        assertEquals(Optional.of(new ImagePlatform("windows", "amd64")), ImagePlatform.ofOnnxRuntimeFolder("win-x64"));
        assertEquals(
                Optional.of(new ImagePlatform("linux", "arm64")), ImagePlatform.ofOnnxRuntimeFolder("linux-aarch64"));
        assertEquals(Optional.empty(), ImagePlatform.ofOnnxRuntimeFolder("linux-riscv64"));
        assertEquals("linux/amd64", ImagePlatform.parse("linux/amd64").toString());
    }

    @Test
    void aPlatformIsOsSlashArchitecture() {
        ImageException e = assertThrows(ImageException.class, () -> ImagePlatform.parse("amd64"));
        assertTrue(
                e.getMessage().contains("--platform amd64") && e.getMessage().contains("linux/amd64"), e.getMessage());
        assertThrows(ImageException.class, () -> ImagePlatform.parse("linux/"));
        assertThrows(ImageException.class, () -> ImagePlatform.parse("linux/amd64/v2"));
    }
}

package hep.capsule.internal.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaseImageTest {
    @TempDir
    Path temp;

    private Path tar(String name, String... files) throws Exception {
        Path tarball = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(tarball);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            for (String file : files) {
                byte[] bytes = "{}".getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry(file);
                entry.setSize(bytes.length);
                tar.putArchiveEntry(entry);
                tar.write(bytes);
                tar.closeArchiveEntry();
            }
        }
        return tarball;
    }

    @Test
    void aDockerSaveTarballIsABase() throws Exception {
        Path docker = tar("docker.tar", "manifest.json", "repositories", "abc/layer.tar");
        assertEquals(docker, BaseImage.check(docker).tarball());
    }

    @Test
    void anOciLayoutIsRefusedSayingJibCannotUseIt() throws Exception {
        Path oci = tar("oci.tar", "oci-layout", "index.json", "blobs/sha256/abc");
        ImageException e = assertThrows(ImageException.class, () -> BaseImage.check(oci));
        assertTrue(
                e.getMessage().contains(oci.toString())
                        && e.getMessage().contains("Jib cannot use")
                        && e.getMessage().contains("docker-archive:"),
                e.getMessage());
    }

    @Test
    void anythingElseIsRefusedNamingTheFile() throws Exception {
        Path other = tar("other.tar", "hello.txt");
        assertTrue(assertThrows(ImageException.class, () -> BaseImage.check(other))
                .getMessage()
                .contains("no manifest.json"));
        Path text = Files.writeString(
                temp.resolve("notes.txt"),
                "not a tar file at all, and long enough to be read as one: " + "x".repeat(600));
        assertTrue(assertThrows(ImageException.class, () -> BaseImage.check(text))
                .getMessage()
                .contains(text.toString()));
    }
}

package hep.capsule.internal.archive.tar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/** Test-only: writes tar.gz archives with whatever entries an attacker would put in them. */
public final class HostileTar {
    private final ByteArrayOutputStream tarBytes = new ByteArrayOutputStream();
    private final TarArchiveOutputStream tar;

    public HostileTar() {
        tar = new TarArchiveOutputStream(tarBytes, StandardCharsets.UTF_8.name());
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    }

    public HostileTar file(String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name, true);
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
        return this;
    }

    public HostileTar file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public HostileTar special(String name, byte linkFlag, String linkTarget) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name, linkFlag, true);
        if (linkTarget != null) {
            entry.setLinkName(linkTarget);
        }
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
        return this;
    }

    public HostileTar symlink(String name, String target) throws IOException {
        return special(name, TarConstants.LF_SYMLINK, target);
    }

    public byte[] tar() throws IOException {
        tar.finish();
        return tarBytes.toByteArray();
    }

    public static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    public Path writeTo(Path file) throws IOException {
        Files.write(file, gzip(tar()));
        return file;
    }
}

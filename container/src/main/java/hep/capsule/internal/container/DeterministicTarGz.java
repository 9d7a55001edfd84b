package hep.capsule.internal.container;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * A gzip-compressed POSIX tar whose bytes depend only on the files' names, contents and whether each is executable:
 * entries sorted by name with their folders, one fixed time (1 second after the epoch, as Jib's layers), owner 0:0
 * without names, modes 0755 and 0644, gzip header time 0.
 */
final class DeterministicTarGz {
    private static final long ENTRY_TIME = 1000;
    private static final int UNKNOWN_OS = 255;

    /** A file to archive, and whether it is executable. */
    record Source(Path file, boolean executable) {}

    private DeterministicTarGz() {}

    /** Writes the entries (sorted by name, a map from a path in the tarball to its source) to the file. */
    static void write(Map<String, Source> entries, Path target) throws IOException {
        TreeSet<String> folders = new TreeSet<>();
        for (String name : entries.keySet()) {
            for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
                folders.add(name.substring(0, slash + 1));
            }
        }
        TreeSet<String> names = new TreeSet<>(entries.keySet());
        names.addAll(folders);
        GzipParameters gzip = new GzipParameters();
        gzip.setCompressionLevel(9);
        gzip.setModificationTime(0);
        gzip.setOperatingSystem(UNKNOWN_OS);
        try (OutputStream file = Files.newOutputStream(target);
                GzipCompressorOutputStream compressed = new GzipCompressorOutputStream(file, gzip);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(compressed, StandardCharsets.UTF_8.name())) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (String name : names) {
                TarArchiveEntry entry = new TarArchiveEntry(name, true);
                entry.setModTime(ENTRY_TIME);
                entry.setIds(0, 0);
                entry.setNames("", "");
                Source source = entries.get(name);
                if (source == null) {
                    entry.setMode(040755);
                    tar.putArchiveEntry(entry);
                } else {
                    entry.setMode(source.executable() ? 0100755 : 0100644);
                    entry.setSize(Files.size(source.file()));
                    tar.putArchiveEntry(entry);
                    Files.copy(source.file(), tar);
                }
                tar.closeArchiveEntry();
            }
            tar.finish();
        }
    }
}

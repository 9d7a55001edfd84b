package hep.capsule.internal.archive.tar;

import hep.capsule.internal.archive.bag.BagFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * Writes a bag as one POSIX tar, gzip-compressed or plain, whose bytes depend only on the files and the compression:
 * entries sorted by the UTF-8 bytes of their names, one fixed time, owner 0:0 with empty names, modes 0644 and 0755, no
 * access or change times, and a gzip header with mtime 0.
 */
public final class DeterministicTar {
    private static final int FILE_MODE = 0100644;
    private static final int DIRECTORY_MODE = 040755;
    private static final int UNKNOWN_OS = 255;
    private static final int COPY_BUFFER = 1 << 18;

    private DeterministicTar() {}

    public static void write(String topFolder, List<BagFile> files, ArchiveSettings settings, OutputStream out)
            throws IOException {
        try (OutputStream stored = compressed(new NonClosing(out), settings.compression());
                TarArchiveOutputStream tar = new TarArchiveOutputStream(stored, StandardCharsets.UTF_8.name())) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            tar.setAddPaxHeadersForNonAsciiNames(true);
            byte[] buffer = new byte[COPY_BUFFER];
            for (Entry entry : sortedEntries(topFolder, files)) {
                TarArchiveEntry tarEntry = new TarArchiveEntry(entry.name(), true);
                tarEntry.setModTime(settings.entryTime().toEpochMilli());
                tarEntry.setIds(0, 0);
                tarEntry.setNames("", "");
                if (entry.file() == null) {
                    tarEntry.setMode(DIRECTORY_MODE);
                    tar.putArchiveEntry(tarEntry);
                } else {
                    tarEntry.setMode(FILE_MODE);
                    tarEntry.setSize(entry.file().content().size());
                    tar.putArchiveEntry(tarEntry);
                    try (InputStream in = entry.file().content().open()) {
                        for (int n; (n = in.read(buffer)) > 0; ) {
                            tar.write(buffer, 0, n);
                        }
                    }
                }
                tar.closeArchiveEntry();
            }
            tar.finish();
        }
    }

    private static OutputStream compressed(OutputStream out, Compression compression) throws IOException {
        if (!compression.isGzip()) {
            return out;
        }
        GzipParameters gzip = new GzipParameters();
        gzip.setCompressionLevel(compression.gzipLevel());
        gzip.setModificationTime(0);
        gzip.setOperatingSystem(UNKNOWN_OS);
        return new GzipCompressorOutputStream(out, gzip);
    }

    /** A tar entry: a directory (file null, name ends in '/') or a file. */
    private record Entry(String name, BagFile file) {}

    private static List<Entry> sortedEntries(String topFolder, List<BagFile> files) {
        TreeSet<String> directories = new TreeSet<>();
        List<Entry> entries = new ArrayList<>();
        for (BagFile file : files) {
            String name = topFolder + "/" + file.bagPath();
            entries.add(new Entry(name, file));
            for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                directories.add(name.substring(0, slash + 1));
            }
        }
        directories.forEach(d -> entries.add(new Entry(d, null)));
        entries.sort(
                Comparator.comparing((Entry e) -> e.name().getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned));
        return entries;
    }

    /** Lets the gzip stream finish its trailer (and the tar its end blocks) without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

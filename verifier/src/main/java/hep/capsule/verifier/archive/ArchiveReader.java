package hep.capsule.verifier.archive;

import hep.capsule.bag.BagDigests;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Reads a capsule archive (tar.gz) once, as a stream: checks every entry against the safety
 * rules before touching its content, computes both checksums while the bytes pass, and keeps
 * each file under a generated name in the work folder. Nothing is ever written to a path taken
 * from the archive.
 */
public final class ArchiveReader {
    private static final int BUFFER = 1 << 16;
    /**
     * Tar records are read one at a time: with the usual 10 KiB blocks the reader would skip, unseen,
     * whatever follows the end-of-archive marker up to the end of its block.
     */
    private static final int TAR_RECORD = 512;
    /** Disk space always left free in the work folder's file system. */
    private static final long DISK_RESERVE = 256L << 20;

    private final ArchiveLimits limits;
    private final LongConsumer hashedBytes;

    public ArchiveReader(ArchiveLimits limits) {
        this(limits, bytes -> { });
    }

    /** @param hashedBytes told of every block of decompressed bytes checksummed */
    public ArchiveReader(ArchiveLimits limits, LongConsumer hashedBytes) {
        this.limits = limits;
        this.hashedBytes = hashedBytes;
    }

    public ReadArchive read(Path archive, Path workFolder) throws IOException, InvalidArchiveException {
        String archiveName = archive.getFileName().toString();
        long diskBudget = Math.min(limits.maxTotalBytes(), workFolder.toFile().getUsableSpace() - DISK_RESERVE);
        Map<String, StoredFile> files = new HashMap<>();
        Map<String, String> collisionKeys = new HashMap<>();
        String topFolder = null;
        long entries = 0;
        long totalBytes = 0;
        Instant entryTime = Instant.EPOCH;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive), BUFFER);
             InputStream gzip = openGzip(raw, archiveName);
             TarArchiveInputStream tar = new TarArchiveInputStream(gzip, TAR_RECORD, TAR_RECORD, "UTF-8")) {
            for (TarArchiveEntry entry; (entry = nextEntry(tar, archiveName)) != null; ) {
                if (++entries > limits.maxEntries()) {
                    throw new InvalidArchiveException(archiveName, "more than " + limits.maxEntries() + " entries (limit)");
                }
                String name = entry.getName();
                String[] segments = EntryNames.segments(name);
                requireOrdinary(entry);
                if (topFolder == null) {
                    topFolder = segments[0];
                } else if (!topFolder.equals(segments[0])) {
                    throw new InvalidArchiveException(EntryNames.printable(name),
                            "is outside the archive's single top folder \"" + EntryNames.printable(topFolder) + "\"");
                }
                entryTime = entryTime.isAfter(entry.getLastModifiedDate().toInstant()) ? entryTime : entry.getLastModifiedDate().toInstant();
                String key = EntryNames.collisionKey(String.join("/", segments));
                String earlier = collisionKeys.putIfAbsent(key, name);
                if (earlier != null) {
                    throw new InvalidArchiveException(EntryNames.printable(name), earlier.equals(name)
                            ? "appears twice in the archive"
                            : "collides with \"" + EntryNames.printable(earlier) + "\" on case-insensitive or Unicode-normalising file systems");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                if (segments.length < 2) {
                    throw new InvalidArchiveException(EntryNames.printable(name), "files must be inside the archive's top folder");
                }
                if (entry.getSize() > limits.maxFileBytes()) {
                    throw new InvalidArchiveException(EntryNames.printable(name), "declares " + entry.getSize()
                            + " bytes, more than the limit of " + limits.maxFileBytes());
                }
                String bagPath = name.substring(topFolder.length() + 1);
                Path storedAt = workFolder.resolve("entry-" + entries);
                StoredFile stored = store(tar, bagPath, storedAt, diskBudget - totalBytes, archiveName);
                totalBytes += stored.size();
                files.put(bagPath, stored);
            }
            if (topFolder == null) {
                throw new InvalidArchiveException(archiveName, "the archive is empty");
            }
            requireOnlyPaddingAfterTheEnd(gzip, archiveName);
        }
        return new ReadArchive(topFolder, files, Files.size(archive), totalBytes, entryTime);
    }

    private static InputStream openGzip(InputStream raw, String archiveName) throws IOException, InvalidArchiveException {
        try {
            return new GzipCompressorInputStream(raw, true);
        } catch (IOException e) {
            throw new InvalidArchiveException(archiveName, "is not a gzip file (" + e.getMessage() + ")");
        }
    }

    private static TarArchiveEntry nextEntry(TarArchiveInputStream tar, String archiveName) throws InvalidArchiveException {
        try {
            return tar.getNextEntry();
        } catch (IOException | RuntimeException e) {
            throw damaged(archiveName, e);
        }
    }

    /**
     * After the tar's end-of-archive blocks only zero padding may follow, to the end of the gzip
     * stream; anything else (a second archive, hidden data) makes the archive invalid, and so does
     * anything after the gzip stream itself.
     */
    private void requireOnlyPaddingAfterTheEnd(InputStream gzip, String archiveName) throws InvalidArchiveException {
        byte[] buffer = new byte[BUFFER];
        long seen = 0;
        try {
            for (int n; (n = gzip.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] != 0) {
                        throw new InvalidArchiveException(archiveName, "data follows the end of the tar archive (a hidden or appended archive)");
                    }
                }
                seen += n;
                if (seen > limits.maxFileBytes()) {
                    throw new InvalidArchiveException(archiveName, "more than " + limits.maxFileBytes() + " bytes of padding follow the end of the tar archive");
                }
            }
        } catch (IOException e) {
            throw damaged(archiveName, e);
        }
    }

    private static InvalidArchiveException damaged(String archiveName, Exception e) {
        if (e instanceof EOFException) {
            return new InvalidArchiveException(archiveName, "the archive is truncated");
        }
        if (String.valueOf(e.getMessage()).contains("after a valid .gz stream")) {
            return new InvalidArchiveException(archiveName, "data follows the end of the gzip stream");
        }
        return new InvalidArchiveException(archiveName, "the compressed tar stream is damaged (" + e.getMessage() + ")");
    }

    private static void requireOrdinary(TarArchiveEntry entry) throws InvalidArchiveException {
        String kind = entry.isSymbolicLink() ? "a symbolic link"
                : entry.isLink() ? "a hard link"
                : entry.isCharacterDevice() ? "a character device"
                : entry.isBlockDevice() ? "a block device"
                : entry.isFIFO() ? "a FIFO"
                : entry.isSparse() ? "a sparse file"
                : entry.isDirectory() || entry.isFile() ? null
                : "an entry of tar type '" + (char) entry.getLinkFlag() + "'";
        if (kind != null) {
            throw new InvalidArchiveException(EntryNames.printable(entry.getName()), "is " + kind
                    + "; a capsule holds only regular files and folders");
        }
    }

    private StoredFile store(TarArchiveInputStream tar, String bagPath, Path storedAt, long budget, String archiveName)
            throws IOException, InvalidArchiveException {
        BagDigests digests = new BagDigests();
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = Files.newOutputStream(storedAt)) {
            for (int n; (n = readContent(tar, buffer, archiveName)) > 0; ) {
                digests.update(buffer, 0, n);
                if (digests.byteCount() > budget) {
                    throw new InvalidArchiveException(bagPath, "the archive expands beyond the limit on decompressed bytes"
                            + " (or the free disk space of the verifier's work folder)");
                }
                out.write(buffer, 0, n);
                hashedBytes.accept(n);
            }
        }
        long size = digests.byteCount();
        return new StoredFile(bagPath, size, digests.finish(), storedAt);
    }

    private static int readContent(TarArchiveInputStream tar, byte[] buffer, String archiveName) throws InvalidArchiveException {
        try {
            return tar.read(buffer);
        } catch (IOException e) {
            throw damaged(archiveName, e);
        }
    }
}

package hep.capsule.internal.archive.tar;

import hep.capsule.internal.archive.FindingCode;
import hep.capsule.internal.archive.bag.BagLayout;
import hep.capsule.internal.archive.bag.ParallelDigests;
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
import java.util.Optional;
import java.util.function.LongConsumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads a capsule archive (a gzip-compressed or a plain tar, told apart by its first bytes) once, as a stream: checks
 * every entry against the safety rules before touching its content, and computes both checksums while the bytes pass,
 * each algorithm on a thread of its own while this thread decompresses. It keeps files under generated names in the
 * work folder: every file, or only the tag files when the payload's bytes are not needed after their checksums (a
 * fixity check). Nothing is ever written to a path taken from the archive.
 */
public final class ArchiveReader {
    private static final int BUFFER = 1 << 16;
    private static final int FILE_BUFFER = 1 << 18;
    /**
     * Tar records are read one at a time: with the usual 10 KiB blocks the reader would skip, unseen, whatever follows
     * the end-of-archive marker up to the end of its block.
     */
    private static final int TAR_RECORD = 512;
    /** Disk space always left free in the work folder's file system. */
    private static final long DISK_RESERVE = 256L << 20;

    /** Which files' bytes are kept in the work folder after their checksums. */
    public enum Kept {
        EVERY_FILE,
        /** Tag files only: the payload (data/) is checksummed and counted, never written to disk. */
        TAG_FILES
    }

    private final ArchiveLimits limits;
    private final Kept kept;
    private final LongConsumer hashedBytes;

    public ArchiveReader(ArchiveLimits limits) {
        this(limits, Kept.EVERY_FILE, bytes -> {});
    }

    /** @param hashedBytes told of every block of decompressed bytes handed to the checksums */
    public ArchiveReader(ArchiveLimits limits, Kept kept, LongConsumer hashedBytes) {
        this.limits = limits;
        this.kept = kept;
        this.hashedBytes = hashedBytes;
    }

    /** What has been read of one file; its checksums arrive when the checksum threads reach its end. */
    private record ReadFile(
            String bagPath, long size, ParallelDigests.FileChecksums checksums, Optional<Path> storedAt) {
        StoredFile stored() throws IOException {
            return new StoredFile(bagPath, size, checksums.get(), storedAt);
        }
    }

    public ArchiveContents read(Path archive, Path workFolder) throws IOException, InvalidArchiveException {
        String archiveName = archive.getFileName().toString();
        long diskBudget = Math.min(limits.maxTotalBytes(), workFolder.toFile().getUsableSpace() - DISK_RESERVE);
        Map<String, ReadFile> files = new HashMap<>();
        Map<String, String> collisionKeys = new HashMap<>();
        String topFolder = null;
        long entries = 0;
        long totalBytes = 0;
        Instant entryTime = Instant.EPOCH;
        long storedBytes = 0;
        ArchiveFormat format;
        try (BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(archive), FILE_BUFFER);
                InputStream tarStream = (format = ArchiveFormat.detect(raw, archiveName)).tarStream(raw, archiveName);
                TarArchiveInputStream tar = new TarArchiveInputStream(tarStream, TAR_RECORD, TAR_RECORD, "UTF-8");
                ParallelDigests digests = new ParallelDigests()) {
            for (TarArchiveEntry entry; (entry = nextEntry(tar, archiveName)) != null; ) {
                if (++entries > limits.maxEntries()) {
                    throw new InvalidArchiveException(
                            FindingCode.TOO_MANY_ENTRIES,
                            archiveName,
                            "more than " + limits.maxEntries() + " entries (limit)");
                }
                String name = entry.getName();
                String[] segments = EntryNames.segments(name);
                requireOrdinary(entry);
                if (topFolder == null) {
                    topFolder = segments[0];
                } else if (!topFolder.equals(segments[0])) {
                    throw new InvalidArchiveException(
                            FindingCode.OUTSIDE_TOP_FOLDER,
                            EntryNames.printable(name),
                            "is outside the archive's single top folder \"" + EntryNames.printable(topFolder) + "\"");
                }
                entryTime = entryTime.isAfter(entry.getLastModifiedDate().toInstant())
                        ? entryTime
                        : entry.getLastModifiedDate().toInstant();
                String key = EntryNames.collisionKey(String.join("/", segments));
                String earlier = collisionKeys.putIfAbsent(key, name);
                if (earlier != null) {
                    throw new InvalidArchiveException(
                            earlier.equals(name) ? FindingCode.DUPLICATE_ENTRY : FindingCode.NAME_COLLISION,
                            EntryNames.printable(name),
                            earlier.equals(name)
                                    ? "appears twice in the archive"
                                    : "collides with \"" + EntryNames.printable(earlier)
                                            + "\" on case-insensitive or Unicode-normalising file systems");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                if (segments.length < 2) {
                    throw new InvalidArchiveException(
                            FindingCode.OUTSIDE_TOP_FOLDER,
                            EntryNames.printable(name),
                            "files must be inside the archive's top folder");
                }
                if (entry.getSize() > limits.maxFileBytes()) {
                    throw new InvalidArchiveException(
                            FindingCode.FILE_TOO_LARGE,
                            EntryNames.printable(name),
                            "declares " + entry.getSize() + " bytes, more than the limit of " + limits.maxFileBytes());
                }
                String bagPath = name.substring(topFolder.length() + 1);
                Optional<Path> storedAt = kept == Kept.EVERY_FILE || !BagLayout.isPayload(bagPath)
                        ? Optional.of(workFolder.resolve("entry-" + entries))
                        : Optional.empty();
                Budget budget = new Budget(limits.maxTotalBytes() - totalBytes, diskBudget - storedBytes);
                ReadFile read = read(tar, digests, bagPath, storedAt, budget, archiveName);
                totalBytes += read.size();
                storedBytes += storedAt.isPresent() ? read.size() : 0;
                files.put(bagPath, read);
            }
            if (topFolder == null) {
                throw new InvalidArchiveException(FindingCode.EMPTY_ARCHIVE, archiveName, "the archive is empty");
            }
            requireOnlyPaddingAfterTheEnd(tarStream, archiveName);
        }
        Map<String, StoredFile> stored = new HashMap<>();
        for (ReadFile file : files.values()) {
            stored.put(file.bagPath(), file.stored());
        }
        return new ArchiveContents(topFolder, stored, Files.size(archive), totalBytes, entryTime, format);
    }

    /** What one file may still take: decompressed bytes, and bytes written to the work folder. */
    private record Budget(long decompressed, long disk) {}

    private static TarArchiveEntry nextEntry(TarArchiveInputStream tar, String archiveName)
            throws InvalidArchiveException {
        try {
            return tar.getNextEntry();
        } catch (IOException | RuntimeException e) {
            throw damaged(archiveName, e);
        }
    }

    /**
     * After the tar's end-of-archive blocks only zero padding may follow, to the end of the (decompressed) stream;
     * anything else (a second archive, hidden data) makes the archive invalid, and so does anything after the gzip
     * stream itself.
     */
    private void requireOnlyPaddingAfterTheEnd(InputStream tarStream, String archiveName)
            throws InvalidArchiveException {
        byte[] buffer = new byte[BUFFER];
        long seen = 0;
        try {
            for (int n; (n = tarStream.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] != 0) {
                        throw new InvalidArchiveException(
                                FindingCode.DATA_AFTER_TAR_END,
                                archiveName,
                                "data follows the end of the tar archive (a hidden or appended archive)");
                    }
                }
                seen += n;
                if (seen > limits.maxFileBytes()) {
                    throw new InvalidArchiveException(
                            FindingCode.PADDING_TOO_LONG,
                            archiveName,
                            "more than " + limits.maxFileBytes()
                                    + " bytes of padding follow the end of the tar archive");
                }
            }
        } catch (IOException e) {
            throw damaged(archiveName, e);
        }
    }

    private static InvalidArchiveException damaged(String archiveName, Exception e) {
        if (e instanceof EOFException || String.valueOf(e.getMessage()).startsWith("Truncated TAR archive")) {
            return new InvalidArchiveException(FindingCode.ARCHIVE_TRUNCATED, archiveName, "the archive is truncated");
        }
        if (String.valueOf(e.getMessage()).contains("after a valid .gz stream")) {
            return new InvalidArchiveException(
                    FindingCode.DATA_AFTER_GZIP_END, archiveName, "data follows the end of the gzip stream");
        }
        return new InvalidArchiveException(
                FindingCode.TAR_DAMAGED, archiveName, "the tar stream is damaged (" + e.getMessage() + ")");
    }

    private static void requireOrdinary(TarArchiveEntry entry) throws InvalidArchiveException {
        String kind = entry.isSymbolicLink()
                ? "a symbolic link"
                : entry.isLink()
                        ? "a hard link"
                        : entry.isCharacterDevice()
                                ? "a character device"
                                : entry.isBlockDevice()
                                        ? "a block device"
                                        : entry.isFIFO()
                                                ? "a FIFO"
                                                : entry.isSparse()
                                                        ? "a sparse file"
                                                        : entry.isDirectory() || entry.isFile()
                                                                ? null
                                                                : "an entry of tar type '" + (char) entry.getLinkFlag()
                                                                        + "'";
        if (kind != null) {
            throw new InvalidArchiveException(
                    FindingCode.NOT_A_REGULAR_FILE,
                    EntryNames.printable(entry.getName()),
                    "is " + kind + "; a capsule holds only regular files and folders");
        }
    }

    /**
     * Reads one file's content block by block, hands each block to the checksum threads and, when the file is kept,
     * writes it to the work folder.
     */
    private ReadFile read(
            TarArchiveInputStream tar,
            ParallelDigests digests,
            String bagPath,
            Optional<Path> storedAt,
            Budget budget,
            String archiveName)
            throws IOException, InvalidArchiveException {
        long limit = storedAt.isPresent() ? Math.min(budget.decompressed(), budget.disk()) : budget.decompressed();
        long size = 0;
        try (OutputStream out =
                storedAt.isPresent() ? Files.newOutputStream(storedAt.get()) : OutputStream.nullOutputStream()) {
            for (; ; ) {
                ParallelDigests.Block block = digests.take();
                int n = readContent(tar, digests, block, archiveName);
                if (n == 0) {
                    digests.release(block);
                    break;
                }
                size += n;
                if (size > limit) {
                    digests.release(block);
                    throw new InvalidArchiveException(
                            FindingCode.ARCHIVE_TOO_LARGE,
                            bagPath,
                            "the archive expands beyond the limit on decompressed bytes"
                                    + " (or the free disk space of the verifier's work folder)");
                }
                out.write(block.bytes(), 0, n);
                digests.digest(block, n);
                hashedBytes.accept(n);
            }
        }
        return new ReadFile(bagPath, size, digests.endFile(), storedAt);
    }

    private static int readContent(
            TarArchiveInputStream tar, ParallelDigests digests, ParallelDigests.Block block, String archiveName)
            throws InvalidArchiveException {
        try {
            return tar.readNBytes(block.bytes(), 0, block.bytes().length);
        } catch (IOException e) {
            digests.release(block);
            throw damaged(archiveName, e);
        }
    }
}

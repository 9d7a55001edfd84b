package hep.capsule.internal.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that readers see either the old complete file or the new complete file: the bytes go to a temporary
 * file beside the target, are forced to disk, then renamed. A process stopped while writing (SIGTERM) removes the
 * temporary file; one killed (SIGKILL) leaves it, hidden, beside the target.
 */
public final class AtomicFileWriter {
    private AtomicFileWriter() {}

    /** What writes the content. */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What checks the written bytes, in the temporary file, before they replace the target. */
    @FunctionalInterface
    public interface WrittenCheck {
        /** @throws IOException to refuse the file: the target is then left as it was */
        void check(Path written) throws IOException;
    }

    /**
     * @param overwrite whether an existing target may be replaced
     * @throws FileAlreadyExistsException when the target exists and overwrite is false
     */
    public static void write(Path target, boolean overwrite, ContentWriter writer) throws IOException {
        write(target, overwrite, writer, written -> {});
    }

    /**
     * As {@link #write(Path, boolean, ContentWriter)}, and the check sees the complete file before it is moved into
     * place; when the check refuses it, nothing is left behind.
     */
    public static void write(Path target, boolean overwrite, ContentWriter writer, WrittenCheck check)
            throws IOException {
        Path absolute = target.toAbsolutePath();
        if (!overwrite && Files.exists(absolute)) {
            throw new FileAlreadyExistsException(
                    target.toString(), null, "it exists already; give --force to replace it");
        }
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".partial");
        UnfinishedFiles.started(temporary);
        try {
            if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                writer.writeTo(out);
                out.flush();
                channel.force(true);
            }
            check.check(temporary);
            if (!overwrite && Files.exists(absolute)) {
                throw new FileAlreadyExistsException(
                        target.toString(), null, "it appeared while packing; give --force to replace it");
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot rename atomically into " + folder + ": " + e.getMessage(), e);
            }
        } finally {
            Files.deleteIfExists(temporary);
            UnfinishedFiles.finished(temporary);
        }
    }
}

package hep.capsule.internal.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A private temporary folder that is removed, with everything in it, when closed, or when the JVM shuts down before
 * that (see {@link UnfinishedFiles}).
 */
public final class WorkFolder implements AutoCloseable {
    private final Path path;

    private WorkFolder(Path path) {
        this.path = path;
        UnfinishedFiles.started(path);
    }

    public static WorkFolder create(String purpose) throws IOException {
        return new WorkFolder(Files.createTempDirectory("capsule-" + purpose + "-"));
    }

    /** A work folder inside {@code parent} instead of the system's temporary folder. */
    public static WorkFolder createIn(Path parent, String purpose) throws IOException {
        return new WorkFolder(Files.createTempDirectory(parent, "capsule-" + purpose + "-"));
    }

    public Path path() {
        return path;
    }

    public Path resolve(String name) {
        return path.resolve(name);
    }

    @Override
    public void close() {
        try {
            UnfinishedFiles.removeTree(path);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the temporary folder " + path, e);
        } finally {
            UnfinishedFiles.finished(path);
        }
    }
}

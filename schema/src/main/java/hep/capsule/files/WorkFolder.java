package hep.capsule.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** A private temporary folder that is removed, with everything in it, when closed. */
public final class WorkFolder implements AutoCloseable {
    private final Path path;

    private WorkFolder(Path path) {
        this.path = path;
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
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                    Files.delete(folder);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the temporary folder " + path, e);
        }
    }
}

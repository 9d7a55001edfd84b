package hep.capsule.internal.files;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Temporary files and folders of work in progress (work folders, an archive being written). When the JVM shuts down
 * before the work is done (SIGTERM, Ctrl-C), they are removed, so that a stopped {@code capsule} leaves nothing behind;
 * SIGKILL, which runs no code, still can.
 */
public final class UnfinishedFiles {
    private static final Set<Path> UNFINISHED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(UnfinishedFiles::removeNow, "capsule-unfinished-files"));
    }

    private UnfinishedFiles() {}

    /** A file or folder to remove should the JVM shut down before {@link #finished} is called. */
    public static void started(Path path) {
        UNFINISHED.add(path);
    }

    /** The work is done (kept or removed by its owner): nothing to do for it at shutdown. */
    public static void finished(Path path) {
        UNFINISHED.remove(path);
    }

    /**
     * Removes every unfinished file and folder, as far as possible, now: for a process that is about to be halted
     * ({@code Runtime.halt} runs no shutdown hooks).
     */
    public static void removeNow() {
        for (Path path : UNFINISHED) {
            try {
                removeTree(path);
            } catch (IOException e) {
                // Best effort while the process ends: what cannot be removed stays in the temporary folder.
            }
            UNFINISHED.remove(path);
        }
    }

    /** Removes a file, or a folder with everything in it; a part already gone is no error. */
    public static void removeTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.deleteIfExists(folder);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

package hep.capsule.internal.archive.bag;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Computes the checksums of every bag algorithm over a sequence of files, each algorithm on a thread of its own, so
 * that reading (and decompressing) the bytes and each checksum can use a different core. The reader fills blocks taken
 * from a small fixed pool and hands them over; a block returns to the pool once every algorithm has digested it. Memory
 * stays bounded (the pool) and nothing is allocated per block: when the checksums fall behind, the reader waits for a
 * block.
 *
 * <p>Not thread-safe: one reader thread uses it, then closes it.
 */
public final class ParallelDigests implements AutoCloseable {
    public static final int BLOCK_BYTES = 1 << 18;
    private static final int BLOCKS = 8;

    private final BlockingQueue<Block> free = new ArrayBlockingQueue<>(BLOCKS);
    private final List<Worker> workers = new ArrayList<>();

    public ParallelDigests() {
        for (int i = 0; i < BLOCKS; i++) {
            free.add(new Block());
        }
        for (DigestAlgorithm algorithm : BagLayout.ALGORITHMS) {
            Worker worker = new Worker(algorithm);
            workers.add(worker);
            worker.thread.start();
        }
    }

    /** A reusable block of bytes: fill {@link #bytes()}, then hand it over with {@link #digest}. */
    public static final class Block implements Task {
        private final byte[] bytes = new byte[BLOCK_BYTES];
        private final AtomicInteger pending = new AtomicInteger();
        private int length;

        public byte[] bytes() {
            return bytes;
        }
    }

    /** The checksums of one file, known once every algorithm has digested its last block. */
    public static final class FileChecksums {
        private final Map<DigestAlgorithm, CompletableFuture<String>> byAlgorithm =
                new EnumMap<>(DigestAlgorithm.class);

        /** Waits for the checksums: hexadecimal, by algorithm. */
        public Map<DigestAlgorithm, String> get() throws InterruptedIOException {
            Map<DigestAlgorithm, String> hex = new EnumMap<>(DigestAlgorithm.class);
            try {
                for (Map.Entry<DigestAlgorithm, CompletableFuture<String>> entry : byAlgorithm.entrySet()) {
                    hex.put(entry.getKey(), entry.getValue().get());
                }
            } catch (InterruptedException e) {
                throw interrupted();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a checksum thread failed", e.getCause());
            }
            return hex;
        }
    }

    /** A free block to fill; waits while every block is still being digested. */
    public Block take() throws InterruptedIOException {
        try {
            return free.take();
        } catch (InterruptedException e) {
            throw interrupted();
        }
    }

    /**
     * Hands over the first {@code length} bytes of a block taken from this pool, as the next bytes of the current file.
     */
    public void digest(Block block, int length) throws InterruptedIOException {
        block.length = length;
        block.pending.set(workers.size());
        for (Worker worker : workers) {
            worker.put(block);
        }
    }

    /** Reads a stream to its end, as one file. */
    public FileChecksums digest(InputStream in) throws IOException {
        for (; ; ) {
            Block block = take();
            int length;
            try {
                length = in.readNBytes(block.bytes, 0, BLOCK_BYTES);
            } catch (IOException | RuntimeException e) {
                release(block);
                throw e;
            }
            if (length == 0) {
                release(block);
                return endFile();
            }
            digest(block, length);
        }
    }

    /** Gives back a block taken but not handed over. */
    public void release(Block block) {
        free.add(block);
    }

    /** Ends the current file: the bytes handed over since the last call are one file. */
    public FileChecksums endFile() throws InterruptedIOException {
        FileChecksums checksums = new FileChecksums();
        for (Worker worker : workers) {
            FileEnd end = new FileEnd(new CompletableFuture<>());
            checksums.byAlgorithm.put(worker.algorithm, end.checksum());
            worker.put(end);
        }
        return checksums;
    }

    /** Stops the checksum threads once they have digested everything handed over. */
    @Override
    public void close() throws InterruptedIOException {
        for (Worker worker : workers) {
            worker.put(Stop.STOP);
        }
        try {
            for (Worker worker : workers) {
                worker.thread.join();
            }
        } catch (InterruptedException e) {
            throw interrupted();
        }
    }

    private static InterruptedIOException interrupted() {
        Thread.currentThread().interrupt();
        return new InterruptedIOException("interrupted while computing checksums");
    }

    private sealed interface Task permits Block, FileEnd, Stop {}

    private record FileEnd(CompletableFuture<String> checksum) implements Task {}

    private enum Stop implements Task {
        STOP
    }

    /** One algorithm's thread: digests blocks in the order handed over, and finishes a file at each file end. */
    private final class Worker implements Runnable {
        private final DigestAlgorithm algorithm;
        private final MessageDigest digest;
        private final BlockingQueue<Task> tasks = new ArrayBlockingQueue<>(BLOCKS * 4);
        private final Thread thread;

        Worker(DigestAlgorithm algorithm) {
            this.algorithm = algorithm;
            this.digest = algorithm.newDigest();
            this.thread = new Thread(this, "capsule-" + algorithm.bagitName());
            thread.setDaemon(true);
        }

        void put(Task task) throws InterruptedIOException {
            try {
                tasks.put(task);
            } catch (InterruptedException e) {
                throw interrupted();
            }
        }

        @Override
        public void run() {
            try {
                for (Task task = tasks.take(); task != Stop.STOP; task = tasks.take()) {
                    if (task instanceof Block block) {
                        digest.update(block.bytes, 0, block.length);
                        if (block.pending.decrementAndGet() == 0) {
                            free.add(block);
                        }
                    } else if (task instanceof FileEnd end) {
                        end.checksum().complete(DigestAlgorithm.hex(digest.digest()));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

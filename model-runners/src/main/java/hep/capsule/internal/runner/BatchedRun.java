package hep.capsule.internal.runner;

import hep.capsule.internal.tensor.NpyFormatException;
import hep.capsule.internal.tensor.NpyReader;
import hep.capsule.internal.tensor.Tensor;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs a model over reference inputs read batch by batch from NPY files, so that a reference set of any size passes
 * through a small, fixed amount of memory. The batch size is part of what is pinned: some runtimes give different bits
 * for different batch sizes.
 *
 * <p>The model runs on a thread of its own, one batch at a time and in order, while the caller's thread reads the
 * batches ahead and hands each finished one, with its outputs, to the listener. The model therefore waits neither for
 * reading or comparing nor for the caller's thread to wake up, and sees exactly the batches it would see without the
 * second thread. At most three chunks of batches (a few MiB, or three batches when one is larger) are in memory.
 */
public final class BatchedRun {
    private BatchedRun() {}

    /** {@link #batchSize(ModelSignature, Set, int)} for a model whose every input is per event. */
    public static int batchSize(ModelSignature signature, int requested) {
        return batchSize(
                signature, signature.inputs().stream().map(TensorSpec::name).collect(Collectors.toSet()), requested);
    }

    /**
     * The events per execution: the model's own fixed event axis where it has one (a model exported for batches of
     * exactly 1 must get batches of 1), otherwise the requested size.
     *
     * @param perEvent the names of the inputs whose first axis counts events
     */
    public static int batchSize(ModelSignature signature, Set<String> perEvent, int requested) {
        for (TensorSpec input : signature.inputs()) {
            if (perEvent.contains(input.name())
                    && !input.shape().isEmpty()
                    && input.shape().get(0) != null) {
                return Math.toIntExact(input.shape().get(0));
            }
        }
        return requested;
    }

    /** Receives each batch with the outputs the model gave for it, on the caller's thread, in order. */
    @FunctionalInterface
    public interface BatchListener {
        void onBatch(long firstRow, Map<String, Tensor> inputs, Map<String, Tensor> outputs)
                throws IOException, NpyFormatException, ModelExecutionException;
    }

    /**
     * Inputs handed to the model thread in one piece: a chunk of batches that it runs back to back. Waking a parked
     * thread costs about as much as running a small batch on virtual machines, so the threads meet once per chunk
     * rather than once per batch.
     */
    private static final long CHUNK_BYTES = 2 << 20;

    private static final int MAX_BATCHES_PER_CHUNK = 32;
    /** Chunks handed to the model thread ahead: one runs while the next waits, so the model never idles. */
    private static final int CHUNKS_QUEUED = 2;

    /** Consecutive batches of inputs, read, and the events of each. */
    private record Chunk(long firstRow, List<Map<String, Tensor>> batches, List<Integer> events) {}

    /** A chunk handed to the model thread, and the outputs of its batches to come. */
    private record Pending(Chunk chunk, Future<List<Map<String, Tensor>>> outputs) {}

    /**
     * @param inputs one reader per model input, by input name, all with the same number of rows
     * @return the number of events run
     */
    public static long run(ModelRunner runner, Map<String, NpyReader> inputs, int batchSize, BatchListener listener)
            throws IOException, NpyFormatException, ModelExecutionException {
        return run(runner, inputs, Map.of(), batchSize, listener);
    }

    /**
     * @param perEvent one reader per input with an event axis, by input name, all with the same number of rows
     * @param whole the inputs without one, by input name: each is given whole to every batch
     * @return the number of events run; a model whose every input is whole runs once, and that counts as one event;
     *     with no events, the model runs once on an empty batch
     */
    public static long run(
            ModelRunner runner,
            Map<String, NpyReader> perEvent,
            Map<String, Tensor> whole,
            int batchSize,
            BatchListener listener)
            throws IOException, NpyFormatException, ModelExecutionException {
        long rows = perEvent.isEmpty() ? 1 : commonRowCount(perEvent);
        ExecutorService model = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "capsule-model-run");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Pending> pending = new ArrayDeque<>();
        try {
            ChunkReader reader = new ChunkReader(perEvent, whole, batchSize, rows);
            for (int ahead = 0; ahead < CHUNKS_QUEUED && reader.hasMore(); ahead++) {
                pending.add(submit(model, runner, reader.next()));
            }
            while (!pending.isEmpty()) {
                Pending done = pending.remove();
                List<Map<String, Tensor>> outputs = outputsOf(done.outputs());
                if (reader.hasMore()) {
                    pending.add(submit(model, runner, reader.next()));
                }
                long firstRow = done.chunk().firstRow();
                for (int b = 0; b < outputs.size(); b++) {
                    Map<String, Tensor> batch = done.chunk().batches().get(b);
                    listener.onBatch(firstRow, batch, outputs.get(b));
                    firstRow += done.chunk().events().get(b);
                }
            }
            return rows;
        } finally {
            pending.forEach(chunk -> chunk.outputs().cancel(false));
            stopAfterRunInFlight(model);
        }
    }

    private static Pending submit(ExecutorService model, ModelRunner runner, Chunk chunk) {
        return new Pending(chunk, model.submit(() -> {
            List<Map<String, Tensor>> outputs = new ArrayList<>(chunk.batches().size());
            for (Map<String, Tensor> batch : chunk.batches()) {
                outputs.add(runner.run(batch));
            }
            return outputs;
        }));
    }

    /** Reads the inputs a chunk at a time; the first batch's size decides how many batches make a chunk. */
    private static final class ChunkReader {
        private final Map<String, NpyReader> perEvent;
        private final Map<String, Tensor> whole;
        private final int batchSize;
        private final long rows;
        private long nextRow;
        private int batchesPerChunk;
        private boolean readEmpty;

        ChunkReader(Map<String, NpyReader> perEvent, Map<String, Tensor> whole, int batchSize, long rows) {
            this.perEvent = perEvent;
            this.whole = whole;
            this.batchSize = batchSize;
            this.rows = rows;
        }

        /** Until every event is read; with no events at all, one empty batch (its outputs have their shapes). */
        boolean hasMore() {
            return nextRow < rows || (rows == 0 && !readEmpty);
        }

        Chunk next() throws IOException, NpyFormatException {
            long first = nextRow;
            List<Map<String, Tensor>> batches = new ArrayList<>();
            List<Integer> events = new ArrayList<>();
            do {
                int count = (int) Math.min(batchSize, rows - nextRow);
                batches.add(readBatch(count));
                events.add(count);
                if (batchesPerChunk == 0) {
                    long bytes = batches.get(0).values().stream()
                            .mapToLong(t -> t.data().length)
                            .sum();
                    batchesPerChunk =
                            (int) Math.max(1, Math.min(MAX_BATCHES_PER_CHUNK, CHUNK_BYTES / Math.max(1, bytes)));
                }
            } while (batches.size() < batchesPerChunk && hasMore());
            return new Chunk(first, batches, events);
        }

        private Map<String, Tensor> readBatch(int count) throws IOException, NpyFormatException {
            Map<String, Tensor> batch = new LinkedHashMap<>(whole);
            for (Map.Entry<String, NpyReader> input : perEvent.entrySet()) {
                batch.put(input.getKey(), input.getValue().readRows(count));
            }
            nextRow += count;
            readEmpty = true;
            return batch;
        }
    }

    private static List<Map<String, Tensor>> outputsOf(Future<List<Map<String, Tensor>>> running)
            throws ModelExecutionException, InterruptedIOException {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the model ran");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ModelExecutionException failure) {
                throw failure;
            }
            if (cause instanceof RuntimeException failure) {
                throw failure;
            }
            if (cause instanceof Error failure) {
                throw failure;
            }
            throw new ModelExecutionException("the model failed: " + cause, cause);
        }
    }

    /**
     * Lets a chunk still running finish before returning (chunks not started were cancelled), so that the caller may
     * close the runner: closing a native session under a running batch could crash the JVM.
     */
    private static void stopAfterRunInFlight(ExecutorService model) {
        model.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (model.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static long commonRowCount(Map<String, NpyReader> inputs) throws ModelExecutionException {
        long rows = -1;
        String first = null;
        for (Map.Entry<String, NpyReader> input : inputs.entrySet()) {
            long these = input.getValue().rowsLeft();
            if (rows < 0) {
                rows = these;
                first = input.getKey();
            } else if (these != rows) {
                throw new ModelExecutionException("the reference inputs disagree on the number of events: " + first
                        + " has " + rows + ", " + input.getKey() + " has " + these);
            }
        }
        return Math.max(rows, 0);
    }
}

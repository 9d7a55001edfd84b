package hep.capsule.internal.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.NpyFormatException;
import hep.capsule.internal.tensor.NpyLimits;
import hep.capsule.internal.tensor.NpyReader;
import hep.capsule.internal.tensor.NpyWriter;
import hep.capsule.internal.tensor.Tensor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model runs on its own thread ahead of the listener; what the listener sees must not change. */
class BatchedRunTest {
    private static final int EVENTS = 100_003;

    @TempDir
    Path folder;

    /** Doubles its one int32 input; can fail at a given batch or be slow, and records the threads it ran on. */
    private static final class Doubler implements ModelRunner {
        final List<String> threads = new ArrayList<>();
        final AtomicInteger batches = new AtomicInteger();
        final AtomicBoolean running = new AtomicBoolean();
        final int failAt;
        final long nanosPerBatch;

        Doubler(int failAt, long nanosPerBatch) {
            this.failAt = failAt;
            this.nanosPerBatch = nanosPerBatch;
        }

        @Override
        public ModelSignature signature() {
            return new ModelSignature(
                    List.of(new TensorSpec("x", ElementType.INT32, Arrays.asList(null, 1L))),
                    List.of(new TensorSpec("y", ElementType.INT32, Arrays.asList(null, 1L))));
        }

        @Override
        public RuntimeSettings settings() {
            return new RuntimeSettings("doubler", "1", Map.of());
        }

        @Override
        public Map<String, Tensor> run(Map<String, Tensor> inputs) throws ModelExecutionException {
            running.set(true);
            try {
                threads.add(Thread.currentThread().getName());
                if (batches.getAndIncrement() == failAt) {
                    throw new ModelExecutionException("batch " + failAt + " fails");
                }
                long until = System.nanoTime() + nanosPerBatch;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                ByteBuffer in = inputs.get("x").buffer();
                ByteBuffer out = ByteBuffer.allocate(in.remaining()).order(ByteOrder.LITTLE_ENDIAN);
                while (in.hasRemaining()) {
                    out.putInt(2 * in.getInt());
                }
                return Map.of("y", new Tensor(ElementType.INT32, inputs.get("x").shape(), out.array()));
            } finally {
                running.set(false);
            }
        }

        @Override
        public void close() {}
    }

    private NpyReader counting() throws IOException, NpyFormatException {
        Path file = folder.resolve("x.npy");
        ByteBuffer bytes = ByteBuffer.allocate(4 * EVENTS).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < EVENTS; i++) {
            bytes.putInt(i);
        }
        try (NpyWriter writer = NpyWriter.create(file, ElementType.INT32, new long[] {EVENTS, 1})) {
            writer.write(new Tensor(ElementType.INT32, new long[] {EVENTS, 1}, bytes.array()));
        }
        return NpyReader.open(file, "x.npy", NpyLimits.defaults());
    }

    @Test
    void everyBatchReachesTheListenerInOrderWithItsOwnOutputs() throws Exception {
        Doubler model = new Doubler(-1, 0);
        List<Long> firstRows = new ArrayList<>();
        try (NpyReader inputs = counting()) {
            long events = BatchedRun.run(model, Map.of("x", inputs), 7, (firstRow, in, out) -> {
                firstRows.add(firstRow);
                ByteBuffer x = in.get("x").buffer();
                ByteBuffer y = out.get("y").buffer();
                for (int i = 0; x.hasRemaining(); i++) {
                    int value = x.getInt();
                    assertEquals(firstRow + i, value);
                    assertEquals(2 * value, y.getInt());
                }
            });
            assertEquals(EVENTS, events);
        }
        assertEquals((EVENTS + 6) / 7, firstRows.size());
        for (int b = 0; b < firstRows.size(); b++) {
            assertEquals(7L * b, firstRows.get(b));
        }
        assertTrue(
                model.threads.stream().allMatch(name -> name.equals("capsule-model-run")),
                "the model runs on its own thread");
    }

    @Test
    void aFailingBatchStopsTheRunWithTheModelsMessage() throws Exception {
        Doubler model = new Doubler(1000, 0);
        AtomicInteger seen = new AtomicInteger();
        try (NpyReader inputs = counting()) {
            ModelExecutionException failure = assertThrows(
                    ModelExecutionException.class,
                    () -> BatchedRun.run(
                            model, Map.of("x", inputs), 10, (firstRow, in, out) -> seen.incrementAndGet()));
            assertEquals("batch 1000 fails", failure.getMessage());
        }
        assertTrue(seen.get() <= 1000, "no batch after the failing one reaches the listener, saw " + seen.get());
    }

    @Test
    void aFailingListenerReturnsOnlyOnceTheModelHasStopped() throws Exception {
        Doubler model = new Doubler(-1, 200_000);
        try (NpyReader inputs = counting()) {
            IOException failure = assertThrows(
                    IOException.class,
                    () -> BatchedRun.run(model, Map.of("x", inputs), 100, (firstRow, in, out) -> {
                        throw new IOException("the stored outputs end early");
                    }));
            assertEquals("the stored outputs end early", failure.getMessage());
        }
        assertFalse(model.running.get(), "the runner may be closed: no batch is running");
        int ran = model.batches.get();
        Thread.sleep(50);
        assertEquals(ran, model.batches.get(), "no batch starts after the run has returned");
    }
}

package hep.capsule.examples;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import hep.capsule.internal.runner.ort.OrtSessionSettings;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference point of {@code bench/run}'s execution measurement: onnxruntime alone, with the session options Capsule
 * pins, running a one-input float32 model over an NPY file of model-ready inputs in batches of the given size, doing
 * nothing but read each batch straight into one reused native buffer, run it, and copy the outputs out. Not a test.
 *
 * <p>Usage: {@code BareOnnxRuntimeLoop MODEL.onnx INPUTS.npy BATCH_SIZE}; prints {@code EVENTS SECONDS}, timed from the
 * first read to the last output.
 */
public final class BareOnnxRuntimeLoop {
    private static final Pattern FLOAT32_ROWS = Pattern.compile("'descr': '<f4'.*'shape': \\((\\d+), (\\d+)\\)");

    private BareOnnxRuntimeLoop() {}

    public static void main(String[] args) throws IOException, OrtException {
        Path model = Path.of(args[0]);
        Path inputs = Path.of(args[1]);
        int batchSize = Integer.parseInt(args[2]);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = OrtSessionSettings.newOptions();
                OrtSession session = env.createSession(Files.readAllBytes(model), options);
                FileChannel file = FileChannel.open(inputs, StandardOpenOption.READ)) {
            String input = session.getInputNames().iterator().next();
            ByteBuffer start = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
            file.read(start);
            int headerLength = start.getShort(8) & 0xffff;
            ByteBuffer header = ByteBuffer.allocate(headerLength);
            file.read(header);
            Matcher shape = FLOAT32_ROWS.matcher(new String(header.array(), StandardCharsets.US_ASCII));
            if (!shape.find()) {
                throw new IOException(inputs + ": not a two-dimensional float32 NPY file");
            }
            long events = Long.parseLong(shape.group(1));
            int features = Integer.parseInt(shape.group(2));
            ByteBuffer batch = ByteBuffer.allocateDirect(batchSize * features * Float.BYTES)
                    .order(ByteOrder.nativeOrder());
            long outputBytes = 0;
            long begin = System.nanoTime();
            for (long done = 0; done < events; done += batchSize) {
                int rows = (int) Math.min(batchSize, events - done);
                batch.clear().limit(rows * features * Float.BYTES);
                while (batch.hasRemaining() && file.read(batch) > 0) {
                    // a file read may return fewer bytes than asked for
                }
                batch.flip();
                try (OnnxTensor tensor =
                                OnnxTensor.createTensor(env, batch.asFloatBuffer(), new long[] {rows, features});
                        OrtSession.Result result = session.run(Map.of(input, tensor))) {
                    for (Map.Entry<String, OnnxValue> output : result) {
                        outputBytes +=
                                ((OnnxTensor) output.getValue()).getByteBuffer().remaining();
                    }
                }
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            System.out.println(events + " " + seconds + (outputBytes > 0 ? "" : " (no outputs)"));
        }
    }
}

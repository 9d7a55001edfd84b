package hep.capsule.internal.archive.bag;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file that goes into a bag: its bag-relative path and where its bytes come from.
 *
 * @param bagPath path relative to the bag's top folder, '/'-separated, e.g. {@code data/models/nn.onnx}
 */
public record BagFile(String bagPath, Content content) {

    /** The bytes of a bag file: held in memory (metadata) or read from disk (models, tensors). */
    public sealed interface Content permits InMemory, OnDisk {
        long size() throws IOException;

        InputStream open() throws IOException;
    }

    public record InMemory(byte[] bytes) implements Content {
        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }

    public record OnDisk(Path file) implements Content {
        @Override
        public long size() throws IOException {
            return Files.size(file);
        }

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(file);
        }
    }

    public static BagFile of(String bagPath, byte[] bytes) {
        return new BagFile(bagPath, new InMemory(bytes));
    }

    public static BagFile of(String bagPath, Path file) {
        return new BagFile(bagPath, new OnDisk(file));
    }
}

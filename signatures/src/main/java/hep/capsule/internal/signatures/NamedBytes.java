package hep.capsule.internal.signatures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The content of a key or certificate file, with the name to use in messages. */
public record NamedBytes(String name, byte[] bytes) {
    public static NamedBytes read(Path file) throws IOException {
        return new NamedBytes(file.toString(), Files.readAllBytes(file));
    }

    /** Each file {@link #read read}, in order. */
    public static List<NamedBytes> readAll(List<Path> files) throws IOException {
        List<NamedBytes> read = new ArrayList<>();
        for (Path file : files) {
            read.add(read(file));
        }
        return read;
    }
}

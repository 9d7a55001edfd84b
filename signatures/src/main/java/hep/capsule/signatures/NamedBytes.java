package hep.capsule.signatures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The content of a key or certificate file, with the name to use in messages. */
public record NamedBytes(String name, byte[] bytes) {
    public static NamedBytes read(Path file) throws IOException {
        return new NamedBytes(file.toString(), Files.readAllBytes(file));
    }
}

package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticEventsTest {

    @Test
    void regeneratedReferenceInputsEqualTheCommittedFilesByteForByte(@TempDir Path scratch) throws IOException {
        for (SyntheticEvents.Example example : SyntheticEvents.EXAMPLES) {
            Path regenerated = scratch.resolve(example.directory());
            SyntheticEvents.write(example, regenerated);
            List<Path> files;
            try (Stream<Path> listing = Files.list(regenerated)) {
                files = listing.toList();
            }
            assertFalse(files.isEmpty(), example.directory());
            for (Path file : files) {
                Path committed = Path.of(example.directory()).resolve(file.getFileName());
                assertArrayEquals(
                        Files.readAllBytes(committed),
                        Files.readAllBytes(file),
                        committed + " differs from a fresh regeneration");
            }
        }
    }
}

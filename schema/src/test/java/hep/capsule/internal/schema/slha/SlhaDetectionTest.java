package hep.capsule.internal.schema.slha;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlhaDetectionTest {
    @TempDir
    Path temp;

    @Test
    void recognisesCardsByExtensionOrByTheirFirstLine() throws Exception {
        assertTrue(SlhaDetection.isSlha(Files.writeString(temp.resolve("card.SLHA"), "anything")));
        assertTrue(SlhaDetection.isSlha(
                Files.writeString(temp.resolve("param_card.dat"), "#  header\n\nBlock mass\n  6 172.5\n")));
        assertTrue(SlhaDetection.isSlha(Files.writeString(temp.resolve("decays.txt"), "DECAY 6 1.5\n")));
        assertFalse(SlhaDetection.isSlha(
                Files.writeString(temp.resolve("run_card.dat"), "# run card\n 10000 = nevents\n")));
        assertFalse(SlhaDetection.isSlha(Files.writeString(temp.resolve("empty.dat"), "")));
    }
}

package hep.capsule.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LimitsTest {

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder yaml =
                new StringBuilder("capsule_schema: 1\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level <= 9; level++) {
            String previous = "*a" + (level - 1);
            yaml.append("a")
                    .append(level)
                    .append(": &a")
                    .append(level)
                    .append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, previous)))
                    .append("]\n");
        }
        DescriptorException e =
                assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Fixture.failure(yaml.toString()));

        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().startsWith("capsule.yaml: refused: "), e.getMessage());
        assertTrue(e.getMessage().contains("20 aliases"), e.getMessage());
    }

    @Test
    void numbersWithAHugeExponentAreRefusedWithTheirLine() {
        DescriptorException yaml = Fixture.failure("capsule_schema: 1\nname: x\nscale: 1.5e99999999999\n");
        assertTrue(
                yaml.getMessage().contains("capsule.yaml:3: scale: the number 1.5e99999999999 is out of range"),
                yaml.getMessage());
        DescriptorException json = assertThrows(
                DescriptorException.class,
                () -> CapsuleMetadata.read(
                        "{\"capsule_schema\": 1,\n \"scale\": 0.08e15583578490229}"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "capsule.json"));
        assertTrue(
                json.getMessage()
                        .startsWith(
                                "capsule.json:2: is not valid JSON: the number 0.08e15583578490229 is out of range"),
                json.getMessage());
    }

    @Test
    void integersLongerThanAThousandDigitsAreRefusedQuicklyWithTheirLine() {
        String digits = "7".repeat(1001);
        DescriptorException yaml = Fixture.failure("capsule_schema: 1\nname: x\nevents: " + digits + "\n");
        assertTrue(yaml.getMessage().contains("capsule.yaml:3: events: the number 7777"), yaml.getMessage());
        String million = "7".repeat(1_000_000);
        // CPU time of this thread, not wall time: the check must not fail on a loaded machine
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        assertThrows(
                DescriptorException.class,
                () -> CapsuleMetadata.read(
                        ("{\"capsule_schema\": 1,\n \"events\": " + million + "}")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "capsule.json"));
        Fixture.failure("capsule_schema: 1\nname: x\nevents: " + million + "\n");
        assertTrue(
                threads.getCurrentThreadCpuTime() - start < 10_000_000_000L,
                "a million digits are refused without parsing them as a number");
    }

    @Test
    void deepNestingIsRefused() {
        String yaml = "capsule_schema: 1\nname: " + "[".repeat(100) + "]".repeat(100) + "\n";
        DescriptorException e = Fixture.failure(yaml);

        assertTrue(e.getMessage().contains("Nesting Depth exceeded"), e.getMessage());
        assertTrue(e.getMessage().contains("nesting depth 64"), e.getMessage());
    }

    @Test
    void oversizeFileIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("capsule.yaml"), Fixture.text());
        DescriptorLoader small = new DescriptorLoader(new DescriptorLimits(1000, 64, 20));
        DescriptorException e = assertThrows(DescriptorException.class, () -> small.load(file));

        assertEquals(
                "capsule.yaml: is " + Files.size(file)
                        + " bytes, more than the 1000 a descriptor may have (raise the limit with "
                        + "--max-descriptor-size)",
                e.getMessage());
    }

    @Test
    void oversizeTextIsRefused() {
        String yaml = Fixture.text() + "#" + "x".repeat(5000) + "\n";
        DescriptorException e = assertThrows(
                DescriptorException.class,
                () -> new DescriptorLoader(new DescriptorLimits(5000, 64, 20)).load(yaml, "capsule.yaml"));

        assertEquals(
                "capsule.yaml: is " + yaml.length()
                        + " characters, more than the 5000 a descriptor may have (raise the limit with "
                        + "--max-descriptor-size)",
                e.getMessage());
    }

    @Test
    void unknownYamlTagIsRefused() {
        String broken = Fixture.replaced("title: 4-jet", "title: !!binary 4-jet");
        DescriptorException e = Fixture.failure(broken);

        assertEquals(Fixture.lineOf(broken, "!!binary"), e.problems().get(0).line());
        assertEquals("title", e.problems().get(0).field());
    }
}

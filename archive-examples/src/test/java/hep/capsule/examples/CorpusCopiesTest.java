package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Proves that every file copied from the corpus still has the sha256 its SOURCES.md names. */
class CorpusCopiesTest {

    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| (\\S+) \\| .* \\| ([0-9a-f]{64}) \\|$");

    @Test
    void copiedFilesHaveTheSha256NamedInSources() throws IOException, NoSuchAlgorithmException {
        for (SyntheticEvents.Example example : SyntheticEvents.EXAMPLES) {
            Path capsule = Path.of(example.directory());
            Map<String, String> expected = sha256ByFile(capsule.resolve("SOURCES.md"));
            assertFalse(expected.isEmpty(), capsule + "/SOURCES.md lists no sha256");
            for (Map.Entry<String, String> entry : expected.entrySet()) {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(capsule.resolve(entry.getKey())));
                assertEquals(entry.getValue(), HexFormat.of().formatHex(digest), capsule + "/" + entry.getKey());
            }
        }
    }

    private static Map<String, String> sha256ByFile(Path sources) throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher row = TABLE_ROW.matcher(Files.readString(sources));
        while (row.find()) {
            rows.put(row.group(1), row.group(2));
        }
        return rows;
    }
}

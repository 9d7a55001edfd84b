package hep.capsule.internal.schema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void keysAreSortedByCodePointWithTwoSpaceIndentAndFinalNewline() throws Exception {
        ObjectNode tree = (ObjectNode) new ObjectMapper()
                .readTree("{\"b\":[1,{\"z\":true,\"a\":null}],\"\uD83D\uDE00\":\"emoji\",\"\uFF5E\":\"wide tilde\","
                        + "\"a\":{},\"c\":[]}");

        assertEquals(
                "{\n"
                        + "  \"a\": {},\n"
                        + "  \"b\": [\n"
                        + "    1,\n"
                        + "    {\n"
                        + "      \"a\": null,\n"
                        + "      \"z\": true\n"
                        + "    }\n"
                        + "  ],\n"
                        + "  \"c\": [],\n"
                        + "  \"\uFF5E\": \"wide tilde\",\n"
                        + "  \"\uD83D\uDE00\": \"emoji\"\n"
                        + "}\n",
                new String(CanonicalJson.write(tree), StandardCharsets.UTF_8));
    }

    @Test
    void loadedDescriptorWritesSameBytesEveryTimeWithNumbersAsWritten() throws Exception {
        byte[] first = CanonicalJson.write(
                new DescriptorLoader().load(Fixture.text(), "capsule.yaml").tree());
        byte[] second = CanonicalJson.write(
                new DescriptorLoader().load(Fixture.text(), "capsule.yaml").tree());

        assertArrayEquals(first, second);
        String json = new String(first, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"offset\": 454.8374624999389,\n"), json);
        assertTrue(json.contains("\"max_absolute\": 0.0000010,\n"), json);
        assertTrue(json.contains("\"valid_range\": [\n                0,\n                20\n"), json);
        assertTrue(!json.contains("\r") && json.endsWith("}\n"), json);
    }

    @Test
    void stringsAreEscapedAndUtf8() throws Exception {
        ObjectNode tree = new ObjectMapper().createObjectNode().put("k", "line\n\"quoted\" \u00e9");

        assertEquals(
                "{\n  \"k\": \"line\\n\\\"quoted\\\" \u00e9\"\n}\n",
                new String(CanonicalJson.write(tree), StandardCharsets.UTF_8));
    }
}

package hep.capsule.internal.schema;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Writes a JSON tree in Capsule's canonical form, so that the same descriptor always gives the same bytes: object keys
 * sorted by Unicode code point, two-space indent, {@code \n} line ends and a final newline, UTF-8, and numbers exactly
 * as held in the tree (a decimal is never re-rounded through a double).
 */
public final class CanonicalJson {

    private static final Comparator<String> BY_CODE_POINT = (a, b) -> {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        return Arrays.compare(x, y);
    };

    private CanonicalJson() {}

    public static byte[] write(JsonNode tree) {
        StringBuilder out = new StringBuilder();
        write(tree, 0, out);
        out.append('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode node, int depth, StringBuilder out) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
            fields.sort(Map.Entry.comparingByKey(BY_CODE_POINT));
            writeContainer('{', '}', fields.size(), depth, out, i -> {
                quote(fields.get(i).getKey(), out);
                out.append(": ");
                write(fields.get(i).getValue(), depth + 1, out);
            });
        } else if (node.isArray()) {
            writeContainer('[', ']', node.size(), depth, out, i -> write(node.get(i), depth + 1, out));
        } else if (node.isTextual()) {
            quote(node.asText(), out);
        } else if (node.isNumber()) {
            out.append(number(node));
        } else if (node.isBoolean() || node.isNull()) {
            out.append(node.asText());
        } else {
            throw new IllegalArgumentException("cannot write a " + node.getNodeType() + " node as canonical JSON");
        }
    }

    private static void writeContainer(
            char open, char close, int size, int depth, StringBuilder out, IntConsumer element) {
        out.append(open);
        if (size == 0) {
            out.append(close);
            return;
        }
        for (int i = 0; i < size; i++) {
            out.append(i == 0 ? "\n" : ",\n").append("  ".repeat(depth + 1));
            element.accept(i);
        }
        out.append('\n').append("  ".repeat(depth)).append(close);
    }

    private static String number(JsonNode node) {
        if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
            throw new IllegalArgumentException("JSON cannot hold the number " + node.asText());
        }
        return node.isBigDecimal()
                ? node.decimalValue().toString()
                : node.numberValue().toString();
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(text, out);
        out.append('"');
    }
}

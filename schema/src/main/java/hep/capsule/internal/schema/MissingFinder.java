package hep.capsule.internal.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Lists every place in a descriptor that still holds MISSING, with what belongs there. */
final class MissingFinder {

    private MissingFinder() {}

    static List<MissingField> find(LocatedTree tree, DescriptorFormat format) {
        List<MissingField> found = new ArrayList<>();
        collect(tree.root(), FieldPath.ROOT, tree, format, found);
        return found;
    }

    private static void collect(
            JsonNode node, FieldPath path, LocatedTree tree, DescriptorFormat format, List<MissingField> found) {
        if (node.isTextual() && Missing.is(node.asText())) {
            found.add(new MissingField(path.toString(), tree.lineOf(path), format.describe(path)));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path.index(i), tree, format, found);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(field.getValue(), path.key(field.getKey()), tree, format, found);
            }
        }
    }
}

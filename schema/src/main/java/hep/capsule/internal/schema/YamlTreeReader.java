package hep.capsule.internal.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads capsule.yaml into a JSON tree with the line of every value. SnakeYAML composes the node graph under hard limits
 * (aliases, nesting depth, size); duplicate keys, unusual tags and non-finite or non-decimal numbers are refused.
 */
final class YamlTreeReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String file;
    private final DescriptorLimits limits;
    private final Map<String, Integer> lines = new HashMap<>();
    private final List<DescriptorProblem> problems = new ArrayList<>();

    private YamlTreeReader(String file, DescriptorLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    static LocatedTree read(String text, String file, DescriptorLimits limits) throws DescriptorException {
        return new YamlTreeReader(file, limits).read(text);
    }

    private LocatedTree read(String text) throws DescriptorException {
        DescriptorText.checkLength(text, file, limits);
        Node document = compose(text);
        if (!(document instanceof MappingNode)) {
            throw new DescriptorException(new DescriptorProblem(
                    file,
                    document == null ? 0 : line(document),
                    "",
                    "expected a YAML mapping of descriptor fields (capsule_schema: 1, name: ..., ...)"));
        }
        JsonNode root = convert(document, FieldPath.ROOT, 0);
        if (!problems.isEmpty()) {
            throw new DescriptorException(problems);
        }
        return new LocatedTree(file, root, lines);
    }

    private Node compose(String text) throws DescriptorException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxNestingDepth());
        options.setCodePointLimit(limits.maxBytes());
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        try {
            return new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new DescriptorException(
                    new DescriptorProblem(file, line, "", "is not valid YAML: " + e.getProblem()));
        } catch (YAMLException e) {
            throw new DescriptorException(new DescriptorProblem(
                    file, 0, "", "refused: " + e.getMessage() + " (a descriptor may have " + limits.describe() + ")"));
        }
    }

    private JsonNode convert(Node node, FieldPath path, int depth) {
        lines.putIfAbsent(path.pointer(), line(node));
        if (depth > limits.maxNestingDepth()) {
            problems.add(new DescriptorProblem(
                    file,
                    line(node),
                    path.toString(),
                    "nested deeper than " + limits.maxNestingDepth()
                            + " levels (through aliases); a descriptor is never this deep"));
            return NODES.nullNode();
        }
        if (node instanceof MappingNode mapping) {
            return convertMapping(mapping, path, depth);
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = NODES.arrayNode();
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                array.add(convert(items.get(i), path.index(i), depth + 1));
            }
            return array;
        }
        return convertScalar((ScalarNode) node, path);
    }

    private JsonNode convertMapping(MappingNode mapping, FieldPath path, int depth) {
        ObjectNode object = NODES.objectNode();
        Map<String, Integer> keyLines = new HashMap<>();
        for (NodeTuple entry : mapping.getValue()) {
            Node keyNode = entry.getKeyNode();
            if (!(keyNode instanceof ScalarNode key)) {
                problems.add(new DescriptorProblem(
                        file,
                        line(keyNode),
                        path.toString(),
                        "expected a plain word as key but found a list or mapping"));
                continue;
            }
            String name = key.getValue();
            Integer firstLine = keyLines.putIfAbsent(name, line(key));
            FieldPath child = path.key(name);
            if (firstLine != null) {
                problems.add(new DescriptorProblem(
                        file,
                        line(key),
                        child.toString(),
                        "duplicate key \"" + name + "\" (first given at line " + firstLine + "); keep only one"));
                continue;
            }
            lines.put(child.pointer(), line(key));
            object.set(name, convert(entry.getValueNode(), child, depth + 1));
        }
        return object;
    }

    private JsonNode convertScalar(ScalarNode scalar, FieldPath path) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.STR) || tag.equals(Tag.TIMESTAMP)) {
            return NODES.textNode(text);
        }
        if (tag.equals(Tag.NULL)) {
            return NODES.nullNode();
        }
        if (tag.equals(Tag.BOOL)) {
            return NODES.booleanNode(List.of("true", "yes", "on", "y").contains(text.toLowerCase(Locale.ROOT)));
        }
        if (tag.equals(Tag.INT) && text.matches("[-+]?(0|[1-9][0-9]*)")) {
            Optional<BigInteger> value = DescriptorNumbers.integer(text);
            if (value.isEmpty()) {
                problems.add(
                        new DescriptorProblem(file, line(scalar), path.toString(), DescriptorNumbers.refusal(text)));
                return NODES.nullNode();
            }
            return NODES.numberNode(value.get());
        }
        if (tag.equals(Tag.FLOAT) && text.matches("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
            Optional<BigDecimal> value = DescriptorNumbers.decimal(text);
            if (value.isEmpty()) {
                problems.add(
                        new DescriptorProblem(file, line(scalar), path.toString(), DescriptorNumbers.refusal(text)));
                return NODES.nullNode();
            }
            return DecimalNode.valueOf(value.get());
        }
        problems.add(new DescriptorProblem(
                file,
                line(scalar),
                path.toString(),
                "expected a plain decimal number, "
                        + "text or true/false but found " + text + " (" + tag.getValue() + "); write numbers like 12, "
                        + "-0.5 or 1.0e-6 and quote text"));
        return NODES.nullNode();
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}

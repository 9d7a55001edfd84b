package hep.capsule.internal.runner.lwtnn;

import com.fasterxml.jackson.databind.JsonNode;
import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.UnsupportedModelException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads an lwtnn JSON file into a {@link LwtnnNetwork}: a sequential file ({@code inputs}, {@code layers},
 * {@code outputs}, {@code defaults}) or a graph file ({@code inputs}, {@code input_sequences}, {@code nodes},
 * {@code layers}, {@code outputs}). Every size is checked against the weights before anything is evaluated.
 */
final class LwtnnFile {

    /** The name of the single input tensor and the single output of a sequential file. */
    static final String SEQUENTIAL_INPUT = "variables";

    static final String SEQUENTIAL_OUTPUT = "outputs";

    private final String label;
    private final JsonFields fields;
    private final LayerReader layers;

    private LwtnnFile(String label) {
        this.label = label;
        this.fields = new JsonFields(label);
        this.layers = new LayerReader(label, fields);
    }

    static LwtnnNetwork read(byte[] json, String label) throws ModelExecutionException {
        JsonNode root = HardenedJson.parse(json, label);
        LwtnnFile file = new LwtnnFile(label);
        if (root.has("nodes")) {
            return file.graph(root);
        }
        if (root.has("layers")) {
            return file.sequential(root);
        }
        throw new ModelExecutionException(label + ": not an lwtnn file: it has neither \"layers\" (a sequential"
                + " network: inputs, layers, outputs, defaults) nor \"nodes\" (a graph: inputs, input_sequences,"
                + " nodes, layers, outputs)");
    }

    private LwtnnNetwork sequential(JsonNode root) throws ModelExecutionException {
        Map<String, Double> defaults = root.has("defaults") ? topLevelDefaults(root) : null;
        InputBlock input = new InputBlock(
                SEQUENTIAL_INPUT,
                variables(fields.array(root, "inputs", "the file", JsonFields.MAX_ENTRIES), "inputs", defaults));
        List<GraphNode> nodes = new ArrayList<>();
        nodes.add(new GraphNode.Input(0, input.size()));
        List<JsonNode> layerList = fields.array(root, "layers", "the file", JsonFields.MAX_ENTRIES);
        for (int i = 0; i < layerList.size(); i++) {
            int width = nodes.get(nodes.size() - 1).outputSize();
            nodes.add(new GraphNode.FeedForward(
                    nodes.size() - 1, layers.read(layerList.get(i), width, "layers[" + i + "]")));
        }
        List<String> labels = strings(fields.array(root, "outputs", "the file", JsonFields.MAX_ENTRIES), "outputs");
        int width = nodes.get(nodes.size() - 1).outputSize();
        if (labels.size() != width) {
            throw fields.problem("\"outputs\" names " + labels.size() + " outputs but the last layer gives " + width);
        }
        return new LwtnnNetwork(
                "sequential",
                List.of(input),
                nodes,
                List.of(new NetworkOutput(SEQUENTIAL_OUTPUT, nodes.size() - 1, labels)));
    }

    private LwtnnNetwork graph(JsonNode root) throws ModelExecutionException {
        List<InputBlock> inputs = new ArrayList<>();
        List<JsonNode> inputList = fields.array(root, "inputs", "the file", JsonFields.MAX_ENTRIES);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < inputList.size(); i++) {
            String where = "inputs[" + i + "]";
            String name = fields.text(inputList.get(i), "name", where);
            if (!names.add(name)) {
                throw fields.problem(where + " repeats the input name \"" + name + "\"");
            }
            inputs.add(new InputBlock(
                    name,
                    variables(
                            fields.array(inputList.get(i), "variables", where, JsonFields.MAX_ENTRIES),
                            where + ".variables",
                            null)));
        }
        if (!fields.array(root, "input_sequences", "the file", JsonFields.MAX_ENTRIES)
                .isEmpty()) {
            throw new UnsupportedModelException(label + ": the graph has input_sequences, which only recurrent"
                    + " layers (LSTM, GRU) read; Capsule evaluates lwtnn feed-forward networks only");
        }
        List<JsonNode> layerList = fields.array(root, "layers", "the file", JsonFields.MAX_ENTRIES);
        List<JsonNode> nodeList = fields.array(root, "nodes", "the file", JsonFields.MAX_ENTRIES);
        List<GraphNode> nodes = new ArrayList<>();
        for (int n = 0; n < nodeList.size(); n++) {
            nodes.add(node(nodeList.get(n), "nodes[" + n + "]", n, inputs, layerList, nodes));
        }
        return new LwtnnNetwork("graph", inputs, nodes, outputs(fields.object(root, "outputs", "the file"), nodes));
    }

    private GraphNode node(
            JsonNode node,
            String where,
            int index,
            List<InputBlock> inputs,
            List<JsonNode> layerList,
            List<GraphNode> before)
            throws ModelExecutionException {
        String type = fields.text(node, "type", where);
        List<JsonNode> sourceList = fields.array(node, "sources", where, JsonFields.MAX_ENTRIES);
        switch (type) {
            case "input" -> {
                int input = single(sourceList, where, inputs.size(), "inputs");
                int size = fields.count(node, "size", where, JsonFields.MAX_ENTRIES);
                if (size != inputs.get(input).size()) {
                    throw fields.problem(where + " declares size " + size + " but inputs[" + input + "] (\""
                            + inputs.get(input).name() + "\") has "
                            + inputs.get(input).size() + " variables");
                }
                return new GraphNode.Input(input, size);
            }
            case "feed_forward" -> {
                int source = single(sourceList, where, index, "earlier nodes");
                int layer = fields.count(node, "layer_index", where, JsonFields.MAX_ENTRIES);
                if (layer >= layerList.size()) {
                    throw fields.problem(
                            where + " uses layer_index " + layer + " but the file has " + layerList.size() + " layers");
                }
                return new GraphNode.FeedForward(
                        source,
                        layers.read(
                                layerList.get(layer),
                                before.get(source).outputSize(),
                                "layers[" + layer + "] (used by " + where + ")"));
            }
            case "concatenate" -> {
                int[] sources = new int[sourceList.size()];
                int size = 0;
                for (int s = 0; s < sources.length; s++) {
                    sources[s] = source(sourceList.get(s), where, index, "earlier nodes");
                    size += before.get(sources[s]).outputSize();
                }
                if (sources.length == 0) {
                    throw fields.problem(where + " concatenates no sources");
                }
                return new GraphNode.Concatenate(sources, size);
            }
            case "input_sequence", "sequence", "time_distributed", "sum" ->
                throw new UnsupportedModelException(label
                        + ": " + where + " is a " + type
                        + " node, which belongs to recurrent (sequence) networks;"
                        + " Capsule evaluates lwtnn feed-forward networks only (input, "
                        + "feed_forward, concatenate nodes)");
            default ->
                throw new UnsupportedModelException(label + ": " + where + " has the node type \"" + type
                        + "\"; Capsule evaluates input, feed_forward and concatenate nodes");
        }
    }

    private int single(List<JsonNode> sources, String where, int limit, String what) throws ModelExecutionException {
        if (sources.size() != 1) {
            throw fields.problem(where + " needs exactly one source, found " + sources.size());
        }
        return source(sources.get(0), where, limit, what);
    }

    private int source(JsonNode source, String where, int limit, String what) throws ModelExecutionException {
        if (!source.isIntegralNumber() || !source.canConvertToInt() || source.asInt() < 0 || source.asInt() >= limit) {
            throw fields.problem(where + " has the source " + source + "; sources must be indices of " + what
                    + " (0 to " + (limit - 1) + ")");
        }
        return source.asInt();
    }

    private List<NetworkOutput> outputs(JsonNode outputs, List<GraphNode> nodes) throws ModelExecutionException {
        List<NetworkOutput> result = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : outputs.properties()) {
            String where = "outputs." + entry.getKey();
            int node = fields.count(entry.getValue(), "node_index", where, JsonFields.MAX_ENTRIES);
            if (node >= nodes.size()) {
                throw fields.problem(
                        where + " reads node_index " + node + " but the graph has " + nodes.size() + " nodes");
            }
            List<String> labels =
                    strings(fields.array(entry.getValue(), "labels", where, JsonFields.MAX_ENTRIES), where + ".labels");
            if (labels.size() != nodes.get(node).outputSize()) {
                throw fields.problem(where + " has " + labels.size() + " labels but node " + node + " gives "
                        + nodes.get(node).outputSize() + " values");
            }
            result.add(new NetworkOutput(entry.getKey(), node, labels));
        }
        if (result.isEmpty()) {
            throw fields.problem("\"outputs\" is empty");
        }
        return result;
    }

    /**
     * @param defaults the sequential file's top-level {@code defaults}, which replace the variables' own
     *     {@code default} entries (as lwtnn's parse_json does); {@code null} when absent
     */
    private List<InputVariable> variables(List<JsonNode> list, String where, Map<String, Double> defaults)
            throws ModelExecutionException {
        if (list.isEmpty()) {
            throw fields.problem(where + " lists no variables");
        }
        List<InputVariable> variables = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode variable = list.get(i);
            String at = where + "[" + i + "]";
            String name = fields.text(variable, "name", at);
            if (!names.add(name)) {
                throw fields.problem(at + " repeats the variable name \"" + name + "\"");
            }
            OptionalDouble nanDefault;
            if (defaults != null) {
                nanDefault =
                        defaults.containsKey(name) ? OptionalDouble.of(defaults.get(name)) : OptionalDouble.empty();
            } else {
                nanDefault = variable.has("default")
                        ? OptionalDouble.of(fields.number(variable, "default", at))
                        : OptionalDouble.empty();
            }
            variables.add(new InputVariable(
                    name, fields.number(variable, "offset", at), fields.number(variable, "scale", at), nanDefault));
        }
        return variables;
    }

    private Map<String, Double> topLevelDefaults(JsonNode root) throws ModelExecutionException {
        Map<String, Double> defaults = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry :
                fields.object(root, "defaults", "the file").properties()) {
            defaults.put(entry.getKey(), fields.number(entry.getValue(), "defaults." + entry.getKey()));
        }
        return defaults;
    }

    private List<String> strings(List<JsonNode> list, String where) throws ModelExecutionException {
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isTextual()) {
                throw fields.problem(where + "[" + i + "] must be a string, found "
                        + list.get(i).getNodeType());
            }
            strings.add(list.get(i).asText());
        }
        return strings;
    }
}

package hep.capsule.internal.runner.lwtnn;

import com.fasterxml.jackson.databind.JsonNode;
import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.UnsupportedModelException;
import java.util.Set;

/**
 * Reads one entry of an lwtnn {@code layers} list, checking that its weights fit the number of values it receives. Only
 * dense and normalization layers are evaluated; recurrent and other architectures are refused by name.
 */
final class LayerReader {

    private static final Set<String> RECURRENT = Set.of("lstm", "gru", "simplernn", "embedding");
    private static final Set<String> OTHER_KNOWN = Set.of("highway", "maxout");

    private final String label;
    private final JsonFields fields;

    LayerReader(String label, JsonFields fields) {
        this.label = label;
        this.fields = fields;
    }

    Layer read(JsonNode layer, int inputs, String where) throws ModelExecutionException {
        if (!layer.isObject()) {
            throw fields.problem(where + " must be an object, found " + layer.getNodeType());
        }
        String architecture = fields.text(layer, "architecture", where);
        return switch (architecture) {
            case "dense" -> dense(layer, inputs, where);
            case "normalization" -> normalization(layer, inputs, where);
            default -> throw refusal(architecture, where);
        };
    }

    private ModelExecutionException refusal(String architecture, String where) {
        if (RECURRENT.contains(architecture)) {
            return new UnsupportedModelException(label + ": " + where + " is a recurrent layer (" + architecture
                    + "); Capsule evaluates lwtnn feed-forward networks only (dense, normalization, concatenate)");
        }
        if (OTHER_KNOWN.contains(architecture)) {
            return new UnsupportedModelException(label + ": " + where + " is a " + architecture
                    + " layer; Capsule evaluates dense and normalization layers only");
        }
        return fields.problem(where + " has the unknown architecture \"" + architecture
                + "\"; lwtnn feed-forward layers are dense or normalization");
    }

    private DenseLayer dense(JsonNode layer, int inputs, String where) throws ModelExecutionException {
        double[] weights = fields.numbers(layer, "weights", where);
        double[] bias = fields.numbers(layer, "bias", where);
        int outputs = inputs;
        if (weights.length > 0) {
            if (weights.length % inputs != 0) {
                throw fields.problem(where + " has " + weights.length + " weights, not a multiple of the " + inputs
                        + " values it receives");
            }
            outputs = weights.length / inputs;
        }
        if (bias.length > 0 && bias.length != outputs) {
            throw fields.problem(where + " has " + bias.length + " biases but " + outputs + " outputs ("
                    + weights.length + " weights for " + inputs + " inputs)");
        }
        return new DenseLayer(inputs, outputs, weights, bias, activation(layer, where));
    }

    private NormalizationLayer normalization(JsonNode layer, int inputs, String where) throws ModelExecutionException {
        double[] weights = fields.numbers(layer, "weights", where);
        double[] bias = fields.numbers(layer, "bias", where);
        if (weights.length != inputs || bias.length != inputs) {
            throw fields.problem(where + " is a normalization layer of " + weights.length + " weights and "
                    + bias.length + " biases, but it receives " + inputs + " values (all three must agree)");
        }
        return new NormalizationLayer(weights, bias);
    }

    /**
     * The {@code activation} of a layer: a name, or {@code {"function": name, "alpha": a}}. As in lwtnn, a missing
     * activation is linear and a bare "elu" has alpha 1. A bare "leakyrelu" is refused: lwtnn would give it alpha NaN.
     */
    private Activation activation(JsonNode layer, String where) throws ModelExecutionException {
        JsonNode value = layer.get("activation");
        if (value == null) {
            return Activation.LINEAR;
        }
        String at = where + ", activation";
        if (value.isObject()) {
            ActivationFunction function = function(fields.text(value, "function", at), at);
            return new Activation(function, fields.number(value, "alpha", at));
        }
        if (!value.isTextual()) {
            throw fields.problem(
                    at + " must be a name or {\"function\": ..., \"alpha\": ...}, found " + value.getNodeType());
        }
        ActivationFunction function = function(value.asText(), at);
        if (function == ActivationFunction.LEAKY_RELU) {
            throw fields.problem(
                    at + " is \"leakyrelu\" without alpha; write {\"function\": \"leakyrelu\", \"alpha\": ...}");
        }
        return new Activation(function, function == ActivationFunction.ELU ? 1.0 : Double.NaN);
    }

    private ActivationFunction function(String name, String where) throws ModelExecutionException {
        return ActivationFunction.byLwtnnName(name)
                .orElseThrow(() -> new UnsupportedModelException(label + ": "
                        + where + " is \"" + name + "\", which Capsule does not evaluate; supported are "
                        + ActivationFunction.supported()));
    }
}

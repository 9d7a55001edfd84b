package hep.capsule.internal.interpreter;

import hep.capsule.internal.runner.RuntimeSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The interpreter's evaluation rules, recorded with every set of outputs it produces. The version changes whenever any
 * rule changes, that is whenever an output bit could change. (The float16 and integer rules came with those types,
 * which the interpreter refused before: no output it could compute before changed, so the version stayed 1.)
 */
public final class InterpreterSettings {
    public static final String RUNTIME = "capsule-onnx-interpreter";
    public static final String VERSION = "1";

    private InterpreterSettings() {}

    public static RuntimeSettings describe() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put(
                "arithmetic",
                "IEEE 754 in the tensor's type (Java 17 strict floating point); elementwise results "
                        + "computed in float64 and rounded once to the output type");
        rules.put(
                "dot_product",
                "k ascending from +0, each product and each sum rounded to float32, never fused (Gemm, MatMul)");
        rules.put("gemm_epilogue", "y = float32(alpha*dot), then float32(y + float32(beta*c))");
        rules.put(
                "reduction",
                "reduced elements in C order of the reduced axes, summed left to right from 0 in the "
                        + "input's type; mean = sum / count rounded once");
        rules.put("softmax", "max, then e=round(StrictMath.exp(round(x-max))), sum of e left to right, y=round(e/sum)");
        rules.put("batch_normalization", "((x - mean) / sqrt(var + epsilon)) * scale + B, each step rounded");
        rules.put("transcendental", "java.lang.StrictMath (fdlibm) in float64, rounded once to the output type");
        rules.put(
                "tree_ensemble",
                "trees in order, leaf weights added in attribute order from 0 in float32, "
                        + "then base value; thresholds compared in float64");
        rules.put(
                "float16",
                "each operator but Cast computes in float32 on float16 operands (widened exactly) by these rules, "
                        + "then rounds each element of its float32 results to float16, nearest, ties to even");
        rules.put(
                "integers",
                "every integer type in its own width: + - * wrap around (two's complement), / truncates "
                        + "toward zero; uint64 compared and divided unsigned; casts to an integer truncate "
                        + "toward zero, then wrap");
        rules.put("events", "each event computed from its own row only; rows in order");
        rules.put("threads", "1 (the caller's thread)");
        return new RuntimeSettings(RUNTIME, VERSION, rules);
    }
}

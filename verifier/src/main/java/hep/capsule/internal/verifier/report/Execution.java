package hep.capsule.internal.verifier.report;

/**
 * One engine's pass over a model's reference events: how many, and how long it took (wall time), from reading the
 * stored inputs batch by batch to comparing the outputs with every stored tensor.
 *
 * @param model the model id
 * @param engine the engine and its version, e.g. {@code onnxruntime 1.28.0}
 * @param events the reference events executed
 * @param seconds how long the pass took
 */
public record Execution(String model, String engine, long events, double seconds) {}

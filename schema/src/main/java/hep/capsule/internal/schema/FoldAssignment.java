package hep.capsule.internal.schema;

/** The events whose fold variable modulo the modulus equals {@code remainder} are served by {@code model}. */
public record FoldAssignment(long remainder, String model) {}

package hep.capsule.internal.verifier.report;

/**
 * The environment that packed a capsule and the one that verified it, always both, even when every output is
 * bit-identical: a reader must see which versions agreed.
 */
public record Environments(Environment packing, Environment verifying) {}

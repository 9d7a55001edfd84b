/**
 * Cutflows re-derived from the reference events: the decisions of the working points a cutflow's stages apply, the
 * yields (events and weighted sums) stage by stage, and how a declared or recorded yield is compared with a re-derived
 * one. Shared by {@code capsule pack}, which records the yields, and {@code capsule verify}, which re-derives them.
 */
package hep.capsule.internal.schema.cutflow;

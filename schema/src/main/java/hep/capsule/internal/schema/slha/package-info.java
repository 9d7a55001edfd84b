/**
 * A hardened reader of SUSY Les Houches Accord files (SLHA, hep-ph/0311123): parameter cards of signal models, with
 * {@code BLOCK}s of indexed values and {@code DECAY} tables, and the lint that tells a template card (placeholders
 * instead of numbers) from a usable one.
 */
package hep.capsule.internal.schema.slha;

/**
 * Internal: what both the {@code capsule} command and {@link hep.capsule.api} call. Not part of
 * the public API; it may change in any release.
 */
package hep.capsule.api.internal;

/**
 * The public Java API of Capsule, and its only stable face: {@link hep.capsule.api.Capsule} packs, verifies, inspects
 * and signs capsules; what they return are plain values (records and enums). Every other package of Capsule is internal
 * and may change in any release.
 */
package hep.capsule.api;

/** Tensors as capsules store them: raw little-endian bytes, and the NPY files that hold them. */
package hep.capsule.internal.tensor;

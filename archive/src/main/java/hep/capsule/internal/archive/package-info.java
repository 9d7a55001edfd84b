/**
 * The bytes of a capsule. {@link hep.capsule.internal.archive.Archives#open Archives.open} is the one way to open an
 * archive: read it safely and check that its bag is complete. Beneath it, {@code hep.capsule.archive.bag} holds the
 * BagIt layout, tag files, manifests and checksums, and the assembly of a bag's tag files;
 * {@code hep.capsule.archive.tar} reads and writes the tar (gzip-compressed or plain) that holds the bag.
 */
package hep.capsule.internal.archive;

package hep.capsule.internal.publishing.export;

import hep.capsule.internal.archive.tar.InvalidArchiveException;
import hep.capsule.internal.schema.Descriptor;
import hep.capsule.internal.schema.DescriptorException;
import hep.capsule.internal.verifier.InspectedCapsule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the exports read of an archive, once it is opened and found complete and intact: its capsule.json (the payload
 * is checksummed by the reader but not kept) and its size.
 *
 * @param bytes the archive's size in bytes
 */
public record PackedCapsule(Path archive, Descriptor descriptor, long bytes) {

    public static PackedCapsule read(Path archive) throws IOException, InvalidArchiveException, DescriptorException {
        return new PackedCapsule(archive, InspectedCapsule.readComplete(archive).descriptor(), Files.size(archive));
    }
}

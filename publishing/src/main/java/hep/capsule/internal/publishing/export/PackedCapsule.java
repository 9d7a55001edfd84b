package hep.capsule.internal.publishing.export;

import hep.capsule.internal.archive.Archives;
import hep.capsule.internal.archive.bag.BagLayout;
import hep.capsule.internal.archive.tar.ArchiveContents;
import hep.capsule.internal.archive.tar.ArchiveLimits;
import hep.capsule.internal.archive.tar.ArchiveReader;
import hep.capsule.internal.archive.tar.InvalidArchiveException;
import hep.capsule.internal.files.WorkFolder;
import hep.capsule.internal.schema.CapsuleMetadata;
import hep.capsule.internal.schema.Descriptor;
import hep.capsule.internal.schema.DescriptorException;
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
        try (WorkFolder work = WorkFolder.create("export")) {
            ArchiveContents read = Archives.open(
                            archive,
                            work.path(),
                            new ArchiveReader(ArchiveLimits.defaults(), ArchiveReader.Kept.TAG_FILES, b -> {}))
                    .requireComplete();
            Descriptor descriptor = CapsuleMetadata.read(
                            read.require(BagLayout.CAPSULE_JSON).readAllBytes(), BagLayout.CAPSULE_JSON)
                    .descriptor();
            return new PackedCapsule(archive, descriptor, Files.size(archive));
        }
    }
}

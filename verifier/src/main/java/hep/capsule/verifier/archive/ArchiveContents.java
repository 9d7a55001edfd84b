package hep.capsule.verifier.archive;

import hep.capsule.bag.BagLayout;
import hep.capsule.files.WorkFolder;
import hep.capsule.schema.CapsuleMetadata;
import hep.capsule.schema.Descriptor;
import hep.capsule.schema.DescriptorException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What a capsule holds, read without executing anything ({@code capsule inspect}): its files with
 * their sizes and checksums, what the completeness check finds, and its capsule.json, raw and read.
 * Only the tag files are unpacked, into a temporary folder removed before this returns.
 *
 * @param topFolder the archive's single top folder
 * @param files     every file of the bag, in archive order
 * @param findings  what the completeness and checksum check finds; empty when the archive is intact
 * @param metadata  the bytes of capsule.json
 * @param descriptor capsule.json, read
 */
public record ArchiveContents(String topFolder, List<StoredFile> files, List<Finding> findings, byte[] metadata, Descriptor descriptor) {
    public ArchiveContents {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
    }

    /** Reads {@code archive} within the default limits. */
    public static ArchiveContents read(Path archive) throws IOException, InvalidArchiveException, DescriptorException {
        try (WorkFolder work = WorkFolder.create("inspect")) {
            ReadArchive read = new ArchiveReader(ArchiveLimits.defaults(), ArchiveReader.Kept.TAG_FILES, bytes -> { })
                    .read(archive, work.path());
            List<Finding> findings = BagCompleteness.check(read);
            byte[] metadata = read.require(BagLayout.CAPSULE_JSON).readAllBytes();
            Descriptor descriptor = CapsuleMetadata.read(metadata, BagLayout.CAPSULE_JSON).descriptor();
            return new ArchiveContents(read.topFolder(), List.copyOf(read.files().values()), findings, metadata, descriptor);
        }
    }

    /** Whether every file is present, listed and matches its checksums. */
    public boolean intact() {
        return findings.isEmpty();
    }
}

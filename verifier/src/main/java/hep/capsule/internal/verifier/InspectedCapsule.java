package hep.capsule.internal.verifier;

import hep.capsule.internal.archive.Archives;
import hep.capsule.internal.archive.Finding;
import hep.capsule.internal.archive.IncompleteArchiveException;
import hep.capsule.internal.archive.OpenedArchive;
import hep.capsule.internal.archive.bag.BagLayout;
import hep.capsule.internal.archive.tar.ArchiveLimits;
import hep.capsule.internal.archive.tar.ArchiveReader;
import hep.capsule.internal.archive.tar.InvalidArchiveException;
import hep.capsule.internal.archive.tar.StoredFile;
import hep.capsule.internal.files.WorkFolder;
import hep.capsule.internal.schema.CapsuleMetadata;
import hep.capsule.internal.schema.Descriptor;
import hep.capsule.internal.schema.DescriptorException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What a capsule holds, read without executing anything ({@code capsule inspect}): its files with their sizes and
 * checksums, what the completeness check finds, and its capsule.json, raw and read. Only the tag files are unpacked,
 * into a temporary folder removed before this returns.
 *
 * @param topFolder the archive's single top folder
 * @param files every file of the bag, in archive order
 * @param findings what the completeness and checksum check finds; empty when the archive is intact
 * @param metadata the bytes of capsule.json
 * @param descriptor capsule.json, read
 */
public record InspectedCapsule(
        String topFolder, List<StoredFile> files, List<Finding> findings, byte[] metadata, Descriptor descriptor) {
    public InspectedCapsule {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
    }

    /** Opens and checks {@code archive} within the default limits, and reads its capsule.json. */
    public static InspectedCapsule read(Path archive) throws IOException, InvalidArchiveException, DescriptorException {
        return read(archive, false);
    }

    /**
     * As {@link #read(Path)}, for a reader that must not go on with an archive that is not complete and intact.
     *
     * @throws IncompleteArchiveException naming the first problem, when the bag is not complete
     */
    public static InspectedCapsule readComplete(Path archive)
            throws IOException, InvalidArchiveException, DescriptorException {
        return read(archive, true);
    }

    private static InspectedCapsule read(Path archive, boolean complete)
            throws IOException, InvalidArchiveException, DescriptorException {
        try (WorkFolder work = WorkFolder.create("inspect")) {
            OpenedArchive opened = Archives.open(
                    archive,
                    work.path(),
                    new ArchiveReader(ArchiveLimits.defaults(), ArchiveReader.Kept.TAG_FILES, bytes -> {}));
            if (complete) {
                opened.requireComplete();
            }
            byte[] metadata = opened.contents().require(BagLayout.CAPSULE_JSON).readAllBytes();
            Descriptor descriptor =
                    CapsuleMetadata.read(metadata, BagLayout.CAPSULE_JSON).descriptor();
            return new InspectedCapsule(
                    opened.contents().topFolder(),
                    List.copyOf(opened.contents().files().values()),
                    opened.findings(),
                    metadata,
                    descriptor);
        }
    }

    /** Whether every file is present, listed and matches its checksums. */
    public boolean intact() {
        return findings.isEmpty();
    }
}

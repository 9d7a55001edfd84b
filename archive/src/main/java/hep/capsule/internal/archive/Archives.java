package hep.capsule.internal.archive;

import hep.capsule.internal.archive.tar.ArchiveContents;
import hep.capsule.internal.archive.tar.ArchiveLimits;
import hep.capsule.internal.archive.tar.ArchiveReader;
import hep.capsule.internal.archive.tar.InvalidArchiveException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The one way to open a capsule archive: read it safely (limits, gzip or plain tar told apart by its first bytes, every
 * entry name checked, both checksums of every file), then check that its bag is complete (declaration, manifests,
 * checksums, Payload-Oxum, tag files). {@code pack}, {@code verify}, {@code sign}, {@code inspect}, {@code lint} and
 * {@code export} all open archives through it.
 */
public final class Archives {
    private Archives() {}

    /** Opens an archive, keeping every file's bytes in the work folder. */
    public static OpenedArchive open(Path archive, Path workFolder, ArchiveLimits limits)
            throws IOException, InvalidArchiveException {
        return open(archive, workFolder, new ArchiveReader(limits));
    }

    /**
     * Opens an archive with a reader set up for the caller: which files' bytes it keeps, and whom it tells of its
     * progress.
     *
     * @throws InvalidArchiveException when the archive is unsafe or unreadable; an incomplete bag is not an exception
     *     but the {@linkplain OpenedArchive#findings() findings}
     */
    public static OpenedArchive open(Path archive, Path workFolder, ArchiveReader reader)
            throws IOException, InvalidArchiveException {
        ArchiveContents contents = reader.read(archive, workFolder);
        return new OpenedArchive(contents, BagCompleteness.check(contents));
    }
}

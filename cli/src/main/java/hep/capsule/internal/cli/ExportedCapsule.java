package hep.capsule.internal.cli;

import hep.capsule.internal.archive.tar.InvalidArchiveException;
import hep.capsule.internal.publishing.export.PackedCapsule;
import hep.capsule.internal.schema.DescriptorException;
import java.io.IOException;
import java.nio.file.Path;

/** Reads the archive an export is made from, turning what is wrong with it into a user error. */
final class ExportedCapsule {
    private ExportedCapsule() {}

    static PackedCapsule read(Path archive) throws IOException, UserError {
        try {
            return PackedCapsule.read(archive);
        } catch (InvalidArchiveException e) {
            throw UserError.unusable(archive, e);
        } catch (DescriptorException e) {
            throw new UserError(archive + ": its capsule.json is not valid:\n" + e.getMessage(), e);
        }
    }
}

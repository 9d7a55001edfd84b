package hep.capsule.internal.schema.slha;

import hep.capsule.internal.schema.AttachedFile;
import hep.capsule.internal.schema.Descriptor;
import hep.capsule.internal.schema.FileRole;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the SLHA cards a descriptor attaches as {@code signal_model}: each must be readable and hold numbers where
 * SLHA expects them. Other files and roles are not looked at.
 */
public final class SignalModelLint {
    private SignalModelLint() {}

    /**
     * @param descriptorFolder the folder the descriptor's file paths are relative to
     * @return every problem, file by file in the descriptor's order
     */
    public static List<SlhaProblem> check(Descriptor descriptor, Path descriptorFolder) {
        List<SlhaProblem> findings = new ArrayList<>();
        for (AttachedFile attached : descriptor.files()) {
            if (attached.role() == FileRole.SIGNAL_MODEL) {
                findings.addAll(check(descriptorFolder.resolve(attached.file()).normalize(), attached.file()));
            }
        }
        return List.copyOf(findings);
    }

    /**
     * Checks one signal-model file: nothing when it is not an SLHA card.
     *
     * @param named how problems name the file when it cannot be read at all
     */
    public static List<SlhaProblem> check(Path file, String named) {
        try {
            return SlhaDetection.isSlha(file) ? SlhaLint.check(new SlhaReader().read(file)) : List.of();
        } catch (SlhaFormatException e) {
            return e.problems();
        } catch (NoSuchFileException e) {
            return List.of(new SlhaProblem(named, 0, "no such file (at " + file + ")"));
        } catch (IOException e) {
            return List.of(new SlhaProblem(named, 0, "cannot be read: " + e.getMessage()));
        }
    }
}

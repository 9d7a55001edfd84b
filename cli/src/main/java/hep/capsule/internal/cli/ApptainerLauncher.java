package hep.capsule.internal.cli;

import hep.capsule.internal.container.ImageLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The Apptainer form of a campaign's Capsule command: a script, {@code capsule-apptainer.sh} in the campaign folder,
 * that runs Capsule from the campaign's Apptainer image (a {@code .sif} built with {@code apptainer build capsule.sif
 * oci-archive:image.tar}) with the arguments it is given. The image has no shell: the script starts the image's Java
 * with its argument file. The campaign folder is bound read-write (reports), each archive's folder read-only; the
 * host's environment is left out ({@code --cleanenv}) and so is the home folder ({@code --no-home}).
 */
final class ApptainerLauncher {
    static final String FILE = "capsule-apptainer.sh";
    /**
     * The image's Java and its argument file. Compile-time constants of the container module, which javac copies here:
     * a campaign runs without that module on the class path.
     */
    static final List<String> IMAGE_COMMAND = List.of(ImageLayout.JAVA, "@" + ImageLayout.ARGUMENT_FILE);

    private ApptainerLauncher() {}

    static String text(CampaignPlan plan, Path image) {
        TreeSet<String> readOnly = new TreeSet<>();
        plan.archives().forEach(archive -> readOnly.add(archive.getParent().toString()));
        List<String> command = new ArrayList<>(List.of(
                "apptainer",
                "exec",
                "--cleanenv",
                "--no-home",
                "--bind",
                plan.folder().toString()));
        for (String folder : readOnly) {
            if (!folder.equals(plan.folder().toString())) {
                command.add("--bind");
                command.add(folder + ":" + folder + ":ro");
            }
        }
        command.add(image.toString());
        command.addAll(IMAGE_COMMAND);
        return String.join(
                "\n",
                "#!/bin/sh",
                "# Capsule from the Apptainer image " + image + " (apptainer build capsule.sif oci-archive:image.tar):",
                "# capsule-apptainer.sh verify ARCHIVE ... runs `capsule verify ARCHIVE ...` inside it.",
                "exec " + ShellWords.quote(command) + " \"$@\"",
                "");
    }

    /** Refuses a path Apptainer's --bind cannot name (its list and field separators). */
    static void checkBindable(Path path) throws UserError {
        if (path.toString().contains(",") || path.toString().contains(":")) {
            throw new UserError(path + ": apptainer --bind cannot name a path with a ',' or ':'; move or rename it "
                    + "for an Apptainer campaign");
        }
    }
}

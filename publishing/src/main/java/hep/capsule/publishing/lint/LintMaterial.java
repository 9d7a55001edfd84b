package hep.capsule.publishing.lint;

import hep.capsule.schema.Descriptor;
import hep.capsule.schema.DescriptorLocation;
import hep.capsule.schema.LoadedDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What lint looks at: a loaded descriptor, the folder its file paths are relative to (the descriptor's
 * folder, or the unpacked bag of an archive), and the reference outputs, computed or read only when a
 * rule asks for them.
 */
public final class LintMaterial {
    private final LoadedDescriptor loaded;
    private final Path root;
    private final Optional<String> archiveName;
    private final String descriptorShown;
    private final LintOptions options;
    private final Supplier<ReferenceOutputFiles> outputs;
    private ReferenceOutputFiles computed;

    /**
     * @param root            the folder the descriptor's file paths are relative to
     * @param archiveName     the archive as shown, when the material comes from one (its files are then named by bag path)
     * @param descriptorShown the descriptor as shown in locations, e.g. {@code archive-examples/x/capsule.yaml}
     */
    LintMaterial(LoadedDescriptor loaded, Path root, Optional<String> archiveName, String descriptorShown, LintOptions options,
            Supplier<ReferenceOutputFiles> outputs) {
        this.loaded = loaded;
        this.root = root;
        this.archiveName = archiveName;
        this.descriptorShown = descriptorShown;
        this.options = options;
        this.outputs = outputs;
    }

    public Descriptor descriptor() {
        return loaded.descriptor();
    }

    public LoadedDescriptor loaded() {
        return loaded;
    }

    public LintOptions options() {
        return options;
    }

    /**
     * The location of a descriptor field, e.g. {@code at("models", 0, "inputs", 0, "features", 3, "unit")}; in an
     * archive, the field alone (its capsule.json is no file of the repository, so its lines are not given).
     */
    public Location at(Object... steps) {
        DescriptorLocation place = loaded.lines().locate(steps);
        return new Location(descriptorShown, place.field(), archiveName.isPresent() ? 0 : place.line());
    }

    /** The location of a line of a file the descriptor names (line 0: the whole file). */
    public Location inFile(String descriptorPath, int line) {
        return archiveName.map(archive -> new Location(archive, descriptorPath, 0))
                .orElseGet(() -> new Location(Shown.path(root.resolve(descriptorPath)), "", line));
    }

    /** The regular file a descriptor path names, when it exists. */
    public Optional<Path> file(String descriptorPath) {
        Path file = root.resolve(descriptorPath).normalize();
        return file.startsWith(root) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The folder the descriptor's paths are relative to. */
    public Path root() {
        return root;
    }

    /** The reference outputs, computed (a capsule.yaml) or read (an archive) on the first call. */
    public synchronized ReferenceOutputFiles referenceOutputs() {
        if (computed == null) {
            computed = outputs.get();
        }
        return computed;
    }
}

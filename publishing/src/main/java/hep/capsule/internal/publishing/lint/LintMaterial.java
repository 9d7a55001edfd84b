package hep.capsule.internal.publishing.lint;

import hep.capsule.internal.schema.Descriptor;
import hep.capsule.internal.schema.DescriptorLocation;
import hep.capsule.internal.schema.LoadedDescriptor;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What lint looks at: a loaded descriptor, the folder its file paths are relative to (the descriptor's folder, or the
 * unpacked bag of an archive), and the reference outputs, computed or read only when a rule asks for them.
 */
public final class LintMaterial {
    private final LoadedDescriptor loaded;
    private final MaterialFiles files;
    private final String descriptorShown;
    private final LintOptions options;
    private final Supplier<ReferenceOutputFiles> outputs;
    private ReferenceOutputFiles computed;

    /**
     * @param files the files the descriptor names
     * @param descriptorShown the descriptor as shown in locations, e.g. {@code archive-examples/x/capsule.yaml}
     */
    LintMaterial(
            LoadedDescriptor loaded,
            MaterialFiles files,
            String descriptorShown,
            LintOptions options,
            Supplier<ReferenceOutputFiles> outputs) {
        this.loaded = loaded;
        this.files = files;
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
        return new Location(descriptorShown, place.field(), files.descriptorLines() ? place.line() : 0);
    }

    /** The location of a line of a file the descriptor names (line 0: the whole file). */
    public Location inFile(String descriptorPath, int line) {
        return files.location(descriptorPath, line);
    }

    /** The regular file a descriptor path names, when it exists. */
    public Optional<Path> file(String descriptorPath) {
        return files.file(descriptorPath);
    }

    /** The reference outputs, computed (a capsule.yaml) or read (an archive) on the first call. */
    public synchronized ReferenceOutputFiles referenceOutputs() {
        if (computed == null) {
            computed = outputs.get();
        }
        return computed;
    }
}

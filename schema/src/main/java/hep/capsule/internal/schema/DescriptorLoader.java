package hep.capsule.internal.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads a person-written capsule.yaml: reads it under {@link DescriptorLimits}, validates it against the format version
 * it declares, and reports every problem with its line and field at once.
 */
public final class DescriptorLoader {

    private final DescriptorLimits limits;

    public DescriptorLoader() {
        this(DescriptorLimits.DEFAULT);
    }

    public DescriptorLoader(DescriptorLimits limits) {
        this.limits = limits;
    }

    /**
     * Loads the descriptor file; problems name the file by its file name, e.g. {@code capsule.yaml:12}.
     *
     * @throws DescriptorException when the descriptor is unreadable or invalid, with every problem
     * @throws IOException when the file cannot be read at all
     */
    public LoadedDescriptor load(Path capsuleYaml) throws DescriptorException, IOException {
        String file = capsuleYaml.getFileName().toString();
        DescriptorText.checkSize(Files.size(capsuleYaml), file, limits);
        return load(DescriptorText.decode(Files.readAllBytes(capsuleYaml), file, limits), file);
    }

    /** Loads descriptor text; {@code file} is the name problems are reported under. */
    public LoadedDescriptor load(String yamlText, String file) throws DescriptorException {
        LocatedTree tree = YamlTreeReader.read(yamlText, file, limits);
        return DescriptorValidation.validate(tree, PackerWrittenFields.find(tree));
    }
}

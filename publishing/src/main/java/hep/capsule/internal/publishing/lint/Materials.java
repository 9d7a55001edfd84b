package hep.capsule.internal.publishing.lint;

import hep.capsule.internal.archive.Archives;
import hep.capsule.internal.archive.bag.BagLayout;
import hep.capsule.internal.archive.tar.ArchiveContents;
import hep.capsule.internal.archive.tar.ArchiveLimits;
import hep.capsule.internal.archive.tar.InvalidArchiveException;
import hep.capsule.internal.files.WorkFolder;
import hep.capsule.internal.packager.PackException;
import hep.capsule.internal.packager.ReferenceOutputs;
import hep.capsule.internal.schema.CapsuleMetadata;
import hep.capsule.internal.schema.DescriptorException;
import hep.capsule.internal.schema.DescriptorLoader;
import hep.capsule.internal.schema.LoadedDescriptor;
import hep.capsule.internal.schema.ModelSpec;
import hep.capsule.internal.schema.OutputSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Builds the {@link LintMaterial} of a capsule.yaml or of an archive. */
final class Materials {
    private Materials() {}

    /** A capsule.yaml: files relative to its folder; the reference outputs are computed as pack computes them. */
    static LintMaterial descriptor(Path yaml, LintOptions options, WorkFolder work)
            throws IOException, DescriptorException {
        LoadedDescriptor loaded = new DescriptorLoader(options.limits()).load(yaml);
        Path folder = yaml.toAbsolutePath().normalize().getParent();
        return new LintMaterial(loaded, new MaterialFiles.Folder(folder), Shown.path(yaml), options, () -> {
            try {
                return new ReferenceOutputFiles(ReferenceOutputs.compute(loaded, yaml, work), Optional.empty());
            } catch (PackException | IOException e) {
                return new ReferenceOutputFiles(Map.of(), Optional.of(e.getMessage()));
            }
        });
    }

    /**
     * An archive: opened (read safely and found complete and intact) into the work folder (files kept under generated
     * names); its capsule.json names files by bag path.
     */
    static LintMaterial archive(Path archive, LintOptions options, WorkFolder work)
            throws IOException, InvalidArchiveException, DescriptorException {
        ArchiveContents read =
                Archives.open(archive, work.path(), ArchiveLimits.defaults()).requireComplete();
        LoadedDescriptor loaded = CapsuleMetadata.read(
                read.require(BagLayout.CAPSULE_JSON).readAllBytes(), BagLayout.CAPSULE_JSON, options.limits());
        Map<String, Path> byBagPath = new LinkedHashMap<>();
        read.files().values().forEach(file -> byBagPath.put(file.bagPath(), file.storedAt()));
        Map<String, Map<String, Path>> outputs = new LinkedHashMap<>();
        for (ModelSpec model : loaded.descriptor().models()) {
            Map<String, Path> byName = new LinkedHashMap<>();
            for (OutputSpec output : model.outputs()) {
                output.storedReference().map(byBagPath::get).ifPresent(path -> byName.put(output.name(), path));
            }
            outputs.put(model.id(), byName);
        }
        String shown = Shown.path(archive);
        return new LintMaterial(
                loaded,
                new MaterialFiles.Archive(shown, byBagPath),
                shown,
                options,
                () -> new ReferenceOutputFiles(outputs, Optional.empty()));
    }
}

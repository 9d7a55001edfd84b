package hep.capsule.internal.verifier;

import hep.capsule.internal.archive.Finding;
import hep.capsule.internal.archive.FindingCode;
import hep.capsule.internal.archive.bag.BagLayout;
import hep.capsule.internal.archive.tar.ArchiveContents;
import hep.capsule.internal.archive.tar.InvalidArchiveException;
import hep.capsule.internal.archive.tar.StoredFile;
import hep.capsule.internal.schema.AttachedFile;
import hep.capsule.internal.schema.CapsuleMetadata;
import hep.capsule.internal.schema.DescriptorException;
import hep.capsule.internal.schema.DescriptorLimits;
import hep.capsule.internal.schema.InputSpec;
import hep.capsule.internal.schema.LoadedDescriptor;
import hep.capsule.internal.schema.ModelSpec;
import hep.capsule.internal.schema.OutputSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 3: capsule.json is valid against the schema version it declares, was written by {@code capsule pack} (it has the
 * packing record, and names the stored reference of every input and output), and every file it names is in the payload.
 */
final class MetadataCheck {
    private MetadataCheck() {}

    static LoadedDescriptor check(ArchiveContents archive, DescriptorLimits limits) throws IOException, CheckFailed {
        LoadedDescriptor loaded;
        try {
            StoredFile json = archive.require(BagLayout.CAPSULE_JSON);
            limits.requireSize(json.size(), BagLayout.CAPSULE_JSON);
            loaded = CapsuleMetadata.read(json.readAllBytes(), BagLayout.CAPSULE_JSON, limits);
        } catch (InvalidArchiveException e) {
            throw CheckFailed.invalid(
                    FindingCode.CAPSULE_JSON_MISSING, e.file(), "the archive has no capsule.json: it is not a capsule");
        } catch (DescriptorException e) {
            throw new CheckFailed(
                    hep.capsule.internal.verifier.report.Verdict.INVALID,
                    e.problems().stream()
                            .map(p -> new Finding(
                                    p.field().equals("capsule_schema")
                                            ? FindingCode.CAPSULE_SCHEMA_UNKNOWN
                                            : FindingCode.CAPSULE_JSON_INVALID,
                                    BagLayout.CAPSULE_JSON,
                                    (p.field().isEmpty() ? "" : p.field() + ": ") + p.message()))
                            .toList());
        }
        if (loaded.descriptor().packing().isEmpty()) {
            throw CheckFailed.invalid(
                    FindingCode.NOT_PACKED,
                    BagLayout.CAPSULE_JSON,
                    "has no packing record: it was not written by capsule pack");
        }
        List<Finding> missing = new ArrayList<>();
        for (String path : namedFiles(loaded)) {
            if (!BagLayout.isPayload(path) || archive.file(path).isEmpty()) {
                missing.add(new Finding(
                        FindingCode.NAMED_FILE_MISSING,
                        BagLayout.CAPSULE_JSON,
                        "names \"" + path + "\", which is not in the payload"));
            }
        }
        missing.addAll(unstoredReferences(loaded));
        if (!missing.isEmpty()) {
            throw new CheckFailed(hep.capsule.internal.verifier.report.Verdict.INVALID, missing);
        }
        return loaded;
    }

    /** Every input's model-ready reference and every output's stored reference, which reproduction reads. */
    private static List<Finding> unstoredReferences(LoadedDescriptor loaded) {
        List<Finding> problems = new ArrayList<>();
        for (ModelSpec model : loaded.descriptor().models()) {
            for (InputSpec input : model.inputs()) {
                if (input.reference().isEmpty()) {
                    problems.add(new Finding(
                            FindingCode.REFERENCE_NOT_STORED,
                            BagLayout.CAPSULE_JSON,
                            "model " + model.id() + ", input " + input.name()
                                    + " names no reference (the model-ready inputs capsule pack stores)"));
                }
            }
            for (OutputSpec output : model.outputs()) {
                if (output.storedReference().isEmpty()) {
                    problems.add(new Finding(
                            FindingCode.REFERENCE_NOT_STORED,
                            BagLayout.CAPSULE_JSON,
                            "model " + model.id() + ", output " + output.name()
                                    + " names no stored_reference (the outputs capsule pack stores)"));
                }
            }
        }
        return problems;
    }

    static List<String> namedFiles(LoadedDescriptor loaded) {
        List<String> paths = new ArrayList<>();
        for (ModelSpec model : loaded.descriptor().models()) {
            paths.add(model.file());
            model.referenceWeights().ifPresent(paths::add);
            for (InputSpec input : model.inputs()) {
                input.reference().ifPresent(paths::add);
                input.rawReference().ifPresent(paths::add);
            }
            for (OutputSpec output : model.outputs()) {
                output.storedReference().ifPresent(paths::add);
                output.storedWitnessReference().ifPresent(paths::add);
                output.expected().ifPresent(e -> paths.add(e.file()));
            }
        }
        for (AttachedFile file : loaded.descriptor().files()) {
            paths.add(file.file());
        }
        return paths;
    }
}

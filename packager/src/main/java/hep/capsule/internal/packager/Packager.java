package hep.capsule.internal.packager;

import hep.capsule.internal.archive.bag.BagAssembler;
import hep.capsule.internal.archive.bag.BagFile;
import hep.capsule.internal.archive.bag.BagInfo;
import hep.capsule.internal.archive.bag.DigestAlgorithm;
import hep.capsule.internal.archive.tar.ArchiveSettings;
import hep.capsule.internal.archive.tar.DeterministicTar;
import hep.capsule.internal.files.AtomicFileWriter;
import hep.capsule.internal.files.WorkFolder;
import hep.capsule.internal.runner.MachineProbe;
import hep.capsule.internal.schema.CapsuleVersion;
import hep.capsule.internal.schema.Contact;
import hep.capsule.internal.schema.Descriptor;
import hep.capsule.internal.schema.DescriptorException;
import hep.capsule.internal.schema.DescriptorLoader;
import hep.capsule.internal.schema.FileFactsJson;
import hep.capsule.internal.schema.LoadedDescriptor;
import hep.capsule.internal.schema.Packing;
import hep.capsule.internal.schema.RuntimeRecord;
import hep.capsule.internal.schema.cutflow.DerivedCutflow;
import hep.capsule.internal.schema.facts.FileFacts;
import hep.capsule.internal.schema.facts.SignalModelFacts;
import hep.capsule.internal.schema.slha.SignalModelLint;
import hep.capsule.internal.schema.slha.SlhaProblem;
import hep.capsule.internal.signatures.BagSignatures;
import hep.capsule.internal.signatures.SigningException;
import hep.capsule.internal.signatures.TagManifestSigner;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code capsule pack}: loads the descriptor, plans, computes the reference outputs, and writes the archive atomically.
 * Never modifies its inputs.
 */
public final class Packager {
    private Packager() {}

    public static PackResult pack(PackOptions options) throws PackException, IOException {
        if (!options.force() && Files.exists(options.output())) {
            throw new PackException(options.output() + " exists already; give --force to replace it");
        }
        LoadedDescriptor loaded;
        try {
            loaded = new DescriptorLoader(options.descriptorLimits()).load(options.descriptor());
        } catch (DescriptorException e) {
            throw new PackException(e.getMessage(), e);
        }
        PackPlan plan = PackPlanner.plan(loaded, options);
        List<String> warnings = new ArrayList<>(
                SignalModelLint.check(
                                loaded.descriptor(),
                                options.descriptor().toAbsolutePath().getParent())
                        .stream()
                        .map(SlhaProblem::toString)
                        .toList());
        for (PackPlan.ModelPlan model : plan.models()) {
            model.selfContained().ifPresent(inlined -> warnings.add(inlined.notice()));
            model.witnessRefusal()
                    .ifPresent(
                            why -> warnings.add("model " + model.spec().id() + ": the portable witness cannot run it,"
                                    + " so the capsule stores no second engine's outputs for it and a "
                                    + "difference on another kind of machine can only be"
                                    + " accepted within a declared tolerance: " + why));
        }
        String baggingDate =
                LocalDate.ofInstant(plan.entryTime(), ZoneOffset.UTC).toString();
        try (WorkFolder work = WorkFolder.create("pack")) {
            List<BagFile> payload = new ArrayList<>();
            List<RuntimeRecord> runtimes = new ArrayList<>();
            long events = 0;
            Map<String, ModelReference> computed = new HashMap<>();
            long referenceStart = System.nanoTime();
            for (PackPlan.ModelPlan model : originalsFirst(plan.models())) {
                Map<String, Path> originalInputs = model.spec()
                        .twinOf()
                        .map(id -> computed.get(id).readyInputs())
                        .orElse(Map.of());
                ModelReference reference = ReferenceComputation.compute(
                        model, plan.batchSize(), originalInputs, work, options.npyLimits(), options.modelMemory());
                computed.put(model.spec().id(), reference);
                runtimes.addAll(reference.runtimes());
                events += reference.events();
                payload.add(model.bagFile());
                for (PackPlan.InputPlan input :
                        model.spec().isTwin() ? List.<PackPlan.InputPlan>of() : model.inputs()) {
                    payload.add(BagFile.of(
                            input.bagPath(),
                            reference.readyInputs().get(input.spec().name())));
                    input.rawBagPath()
                            .ifPresent(raw ->
                                    payload.add(BagFile.of(raw, input.raw().orElseThrow())));
                }
                for (PackPlan.OutputPlan output : model.outputs()) {
                    payload.add(BagFile.of(
                            output.bagPath(),
                            reference.outputs().get(output.spec().name())));
                    output.witnessBagPath()
                            .ifPresent(path -> payload.add(BagFile.of(
                                    path,
                                    reference.witnessOutputs().get(output.spec().name()))));
                    output.expected().ifPresent(e -> payload.add(BagFile.of(e.bagPath(), e.source())));
                }
            }
            Duration referenceTime = Duration.ofNanos(System.nanoTime() - referenceStart);
            plan.attached().forEach(file -> payload.add(BagFile.of(file.bagPath(), file.source())));
            plan.tables().stream()
                    .map(PackPlan.PaperTable::file)
                    .filter(table -> plan.attached().stream()
                            .noneMatch(file -> file.bagPath().equals(table.bagPath())))
                    .distinct()
                    .forEach(table -> payload.add(BagFile.of(table.bagPath(), table.source())));
            Map<String, Path> weightFiles = new HashMap<>();
            plan.weights().forEach((model, file) -> {
                payload.add(BagFile.of(file.bagPath(), file.source()));
                weightFiles.put(model, file.source());
            });
            List<DerivedCutflow> cutflows =
                    new CutflowPacking(loaded.descriptor(), weightFiles, options.npyLimits()).derive(computed);
            List<FileFacts> facts = SignalModelFacts.collect(
                    loaded.descriptor(),
                    options.descriptor().toAbsolutePath().getParent(),
                    plan.attached().stream().map(PackPlan.SourceFile::bagPath).toList());
            for (PackPlan.ModelPlan model : originalsFirst(plan.models())) {
                payload.addAll(ReferencePlots.draw(
                        model,
                        computed.get(model.spec().id()),
                        PlotWeights.of(plan, model, options.npyLimits()),
                        options.npyLimits()));
            }
            payload.add(BagFile.of(
                    RoCrateMetadata.BAG_PATH,
                    RoCrateMetadata.write(loaded.descriptor(), payload, CrateDescriptions.of(plan), baggingDate)));

            String version = CapsuleVersion.current();
            Packing packing = new Packing(version, baggingDate, plan.batchSize(), MachineProbe.probe(), runtimes);
            List<BagFile> tagFiles = List.of(
                    BagFile.of(
                            hep.capsule.internal.archive.bag.BagLayout.CAPSULE_JSON,
                            CapsuleMetadataWriter.write(plan, packing, tree -> {
                                CutflowPacking.record(tree, cutflows);
                                if (!facts.isEmpty()) {
                                    tree.set("signal_model_facts", FileFactsJson.write(facts));
                                }
                            })),
                    BagFile.of(
                            hep.capsule.internal.archive.bag.BagLayout.README_TXT,
                            CapsuleReadme.write(plan, runtimes, version, baggingDate)));
            List<BagFile> assembled =
                    BagAssembler.assemble(bagInfo(loaded.descriptor(), baggingDate, version), payload, tagFiles);
            List<BagFile> bag = options.signer().isPresent()
                    ? sign(assembled, options.signer().get())
                    : assembled;
            ArchiveSettings settings = new ArchiveSettings(plan.entryTime(), options.compression());
            MessageDigest archiveSha256 = DigestAlgorithm.SHA256.newDigest();
            try {
                AtomicFileWriter.write(
                        options.output(),
                        options.force(),
                        out -> DeterministicTar.write(
                                plan.topFolder(), bag, settings, new DigestOutputStream(out, archiveSha256)),
                        written -> PackSelfCheck.require(written, options.output(), work.resolve("self-check")));
            } catch (FileAlreadyExistsException e) {
                throw new PackException(options.output() + " exists already; give --force to replace it");
            } catch (PackSelfCheck.IncompleteArchive e) {
                throw new PackException(e.getMessage(), e);
            }
            return new PackResult(
                    options.output(),
                    DigestAlgorithm.hex(archiveSha256.digest()),
                    plan.draft(),
                    loaded.missing().size(),
                    events,
                    referenceTime,
                    warnings);
        }
    }

    /** The models in descriptor order, twins after all originals: a twin runs on its original's reference inputs. */
    private static List<PackPlan.ModelPlan> originalsFirst(List<PackPlan.ModelPlan> models) {
        return models.stream()
                .sorted(Comparator.comparing(model -> model.spec().isTwin()))
                .toList();
    }

    private static List<BagFile> sign(List<BagFile> bag, TagManifestSigner signer) throws PackException, IOException {
        try {
            return BagSignatures.addSignature(bag, signer);
        } catch (SigningException e) {
            throw new PackException(e.getMessage(), e);
        }
    }

    private static BagInfo bagInfo(Descriptor descriptor, String baggingDate, String version) {
        Contact contact = descriptor.contacts().get(0);
        return new BagInfo(
                descriptor.name(),
                descriptor.title(),
                descriptor.organization(),
                contact.name(),
                contact.email(),
                LocalDate.parse(baggingDate),
                "Capsule " + version);
    }
}

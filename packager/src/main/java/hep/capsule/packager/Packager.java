package hep.capsule.packager;

import hep.capsule.bag.DigestAlgorithm;
import hep.capsule.bag.BagDigests;
import hep.capsule.files.WorkFolder;
import hep.capsule.packager.archive.ArchiveSettings;
import hep.capsule.packager.archive.AtomicFileWriter;
import hep.capsule.packager.archive.BagAssembler;
import hep.capsule.packager.archive.BagFile;
import hep.capsule.packager.archive.BagInfo;
import hep.capsule.packager.archive.BagSignatures;
import hep.capsule.packager.archive.DeterministicTarGz;
import hep.capsule.runner.MachineProbe;
import hep.capsule.schema.CapsuleVersion;
import hep.capsule.schema.Contact;
import hep.capsule.schema.Descriptor;
import hep.capsule.schema.DescriptorException;
import hep.capsule.schema.DescriptorLoader;
import hep.capsule.schema.LoadedDescriptor;
import hep.capsule.schema.Packing;
import hep.capsule.schema.RuntimeRecord;
import hep.capsule.schema.slha.SignalModelLint;
import hep.capsule.schema.slha.SlhaProblem;
import hep.capsule.signatures.SigningException;
import hep.capsule.signatures.TagManifestSigner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code capsule pack}: loads the descriptor, plans, computes the reference outputs, and writes
 * the archive atomically. Never modifies its inputs.
 */
public final class Packager {
    private Packager() {
    }

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
        List<SlhaProblem> warnings = SignalModelLint.check(loaded.descriptor(), options.descriptor().toAbsolutePath().getParent());
        String baggingDate = LocalDate.ofInstant(plan.entryTime(), ZoneOffset.UTC).toString();
        try (WorkFolder work = WorkFolder.create("pack")) {
            List<BagFile> payload = new ArrayList<>();
            List<RuntimeRecord> runtimes = new ArrayList<>();
            long events = 0;
            for (PackPlan.ModelPlan model : plan.models()) {
                ModelReference reference = ReferenceComputation.compute(model, plan.batchSize(), work, options.npyLimits());
                runtimes.addAll(reference.runtimes());
                events += reference.events();
                payload.add(BagFile.of(model.model().bagPath(), model.model().source()));
                for (PackPlan.InputPlan input : model.inputs()) {
                    payload.add(BagFile.of(input.bagPath(), reference.readyInputs().get(input.spec().name())));
                    input.rawBagPath().ifPresent(raw -> payload.add(BagFile.of(raw, input.raw().orElseThrow())));
                }
                for (PackPlan.OutputPlan output : model.outputs()) {
                    payload.add(BagFile.of(output.bagPath(), reference.outputs().get(output.spec().name())));
                    output.witnessBagPath().ifPresent(path -> payload.add(BagFile.of(path, reference.witnessOutputs().get(output.spec().name()))));
                    output.expected().ifPresent(e -> payload.add(BagFile.of(e.bagPath(), e.source())));
                }
            }
            plan.attached().forEach(file -> payload.add(BagFile.of(file.bagPath(), file.source())));

            String version = CapsuleVersion.current();
            Packing packing = new Packing(version, baggingDate, plan.batchSize(), MachineProbe.probe(), runtimes);
            List<BagFile> tagFiles = List.of(
                    BagFile.of(hep.capsule.bag.BagLayout.CAPSULE_JSON, CapsuleMetadataWriter.write(plan, packing)),
                    BagFile.of(hep.capsule.bag.BagLayout.README_TXT, CapsuleReadme.write(plan, runtimes, version, baggingDate)));
            List<BagFile> assembled = BagAssembler.assemble(bagInfo(loaded.descriptor(), baggingDate, version), payload, tagFiles);
            List<BagFile> bag = options.signer().isPresent() ? sign(assembled, options.signer().get()) : assembled;
            ArchiveSettings settings = new ArchiveSettings(plan.entryTime(), options.compressionLevel());
            try {
                AtomicFileWriter.write(options.output(), options.force(), out -> DeterministicTarGz.write(plan.topFolder(), bag, settings, out));
            } catch (FileAlreadyExistsException e) {
                throw new PackException(options.output() + " exists already; give --force to replace it");
            }
            return new PackResult(options.output(), sha256(options.output()), plan.draft(), loaded.missing().size(), events, warnings);
        }
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
        return new BagInfo(descriptor.name(), descriptor.title(), descriptor.organization(), contact.name(), contact.email(),
                LocalDate.parse(baggingDate), "Capsule " + version);
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return BagDigests.of(in).get(DigestAlgorithm.SHA256);
        }
    }
}

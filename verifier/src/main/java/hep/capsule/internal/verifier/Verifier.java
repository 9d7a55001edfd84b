package hep.capsule.internal.verifier;

import hep.capsule.internal.archive.Archives;
import hep.capsule.internal.archive.Finding;
import hep.capsule.internal.archive.FindingCode;
import hep.capsule.internal.archive.OpenedArchive;
import hep.capsule.internal.archive.bag.BagLayout;
import hep.capsule.internal.archive.tar.ArchiveContents;
import hep.capsule.internal.archive.tar.ArchiveReader;
import hep.capsule.internal.archive.tar.InvalidArchiveException;
import hep.capsule.internal.files.WorkFolder;
import hep.capsule.internal.runner.MachineProbe;
import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.schema.CapsuleVersion;
import hep.capsule.internal.schema.Descriptor;
import hep.capsule.internal.schema.InputSpec;
import hep.capsule.internal.schema.LoadedDescriptor;
import hep.capsule.internal.schema.MachineEnvironment;
import hep.capsule.internal.schema.ModelSpec;
import hep.capsule.internal.schema.OutputSpec;
import hep.capsule.internal.schema.Packing;
import hep.capsule.internal.schema.RuntimeRecord;
import hep.capsule.internal.schema.cutflow.CutDecisions;
import hep.capsule.internal.schema.facts.FileFacts;
import hep.capsule.internal.signatures.SignatureChecker;
import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.CheckReport;
import hep.capsule.internal.verifier.report.CheckStatus;
import hep.capsule.internal.verifier.report.CutflowReport;
import hep.capsule.internal.verifier.report.Environment;
import hep.capsule.internal.verifier.report.Environments;
import hep.capsule.internal.verifier.report.Execution;
import hep.capsule.internal.verifier.report.OutputDistribution;
import hep.capsule.internal.verifier.report.OutputReport;
import hep.capsule.internal.verifier.report.SignatureReport;
import hep.capsule.internal.verifier.report.StageReport;
import hep.capsule.internal.verifier.report.StoredPlot;
import hep.capsule.internal.verifier.report.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code capsule verify} for one archive: runs the checks in order (safety, checksums, metadata, model interface,
 * reproduction), stops at the first that makes the archive INVALID, and gives a verdict. Every signature is checked
 * once the checksums are known, and reported beside the verdict, never mixed into it. Reads the archive once, never
 * writes to it, and keeps everything it unpacks in a private temporary folder that it removes. With
 * {@link VerifyOptions#integrityOnly()} it stops after the metadata check (a fixity check) and says {@code INTACT}.
 */
public final class Verifier {
    public static final String SAFETY = "safety";
    public static final String CHECKSUMS = "checksums";
    public static final String METADATA = "metadata";
    public static final String MODEL_INTERFACE = "model-interface";
    public static final String REPRODUCTION = "reproduction";
    public static final List<String> CHECKS = List.of(SAFETY, CHECKSUMS, METADATA, MODEL_INTERFACE, REPRODUCTION);

    /** The finding of the checks that {@code --integrity-only} leaves out. */
    public static final Finding NOT_RUN_INTEGRITY_ONLY = Finding.note(
            FindingCode.NOT_RUN_INTEGRITY_ONLY,
            "not run: --integrity-only checks the archive's bytes and metadata, executing nothing");

    private final VerifyOptions options;
    private final VerificationProgress progress;

    public Verifier(VerifyOptions options) {
        this(options, VerificationProgress.NONE);
    }

    public Verifier(VerifyOptions options, VerificationProgress progress) {
        this.options = options;
        this.progress = progress;
    }

    /**
     * The report of an archive that could not be verified at all, e.g. because the process verifying it died: INVALID,
     * every check SKIPPED, and the reason, also as the first check's finding.
     */
    public static ArchiveReport notVerified(String archive, String reason, double seconds) {
        List<CheckReport> skipped =
                new ArrayList<>(CHECKS.stream().map(CheckReport::skipped).toList());
        skipped.set(
                0,
                new CheckReport(
                        SAFETY,
                        CheckStatus.SKIPPED,
                        List.of(new Finding(FindingCode.VERIFICATION_STOPPED, archive, reason))));
        return new ArchiveReport(
                archive,
                Verdict.INVALID,
                reason,
                "",
                false,
                skipped,
                List.of(),
                List.of(),
                List.of(),
                seconds,
                List.of(),
                null,
                List.of(),
                null,
                null,
                List.of(),
                null,
                List.of(),
                List.of());
    }

    public ArchiveReport verify(Path archive) {
        Run run = new Run(
                archive.toString(),
                System.nanoTime(),
                options.integrityOnly() ? null : options.modelMemory().bytes());
        if (!Files.isRegularFile(archive)) {
            return run.invalid(
                    SAFETY, List.of(new Finding(FindingCode.ARCHIVE_NOT_FOUND, archive.toString(), "no such file")));
        }
        try (WorkFolder work = options.scratch().isPresent()
                ? WorkFolder.createIn(options.scratch().get(), "verify")
                : WorkFolder.create("verify")) {
            OpenedArchive opened;
            try {
                ArchiveReader.Kept kept =
                        options.integrityOnly() ? ArchiveReader.Kept.TAG_FILES : ArchiveReader.Kept.EVERY_FILE;
                opened = Archives.open(
                        archive, work.path(), new ArchiveReader(options.limits(), kept, progress::hashed));
            } catch (InvalidArchiveException e) {
                return run.invalid(SAFETY, List.of(e.finding()));
            }
            ArchiveContents read = opened.contents();
            run.passed(
                    SAFETY,
                    List.of(Finding.note(
                            FindingCode.ARCHIVE_READ,
                            read.files().size() + " files, " + read.decompressedBytes() + " bytes in "
                                    + read.topFolder() + "/")));

            List<Finding> findings = opened.findings();
            run.signatures =
                    ArchiveSignatures.check(read, new SignatureChecker(options.trust(), Clock.systemUTC()), findings);
            if (!findings.isEmpty()) {
                return run.invalid(
                        CHECKSUMS,
                        findings.stream().map(f -> f.inFolder(read.topFolder())).toList());
            }
            run.passed(
                    CHECKSUMS,
                    List.of(Finding.note(
                            FindingCode.CHECKSUMS_MATCH, "every file matches its sha256 and sha512 checksums")));

            LoadedDescriptor loaded = MetadataCheck.check(read, options.descriptorLimits());
            run.describe(loaded.descriptor());
            if (options.keepPlots() && !options.integrityOnly()) {
                run.plots = StoredPlots.of(read);
            }
            run.passed(
                    METADATA,
                    List.of(Finding.note(
                            FindingCode.METADATA_VALID,
                            "capsule.json is valid descriptor format "
                                    + loaded.descriptor().capsuleSchema())));
            if (options.integrityOnly()) {
                return run.intact();
            }
            return reproduce(run, read, loaded.descriptor());
        } catch (CheckFailed e) {
            return run.failed(e);
        } catch (IOException e) {
            return run.invalid(
                    run.current(),
                    List.of(new Finding(
                            FindingCode.ARCHIVE_UNREADABLE,
                            archive.toString(),
                            "cannot be read (" + e.getMessage() + ")")));
        }
    }

    private ArchiveReport reproduce(Run run, ArchiveContents read, Descriptor descriptor)
            throws IOException, CheckFailed {
        Packing packing = descriptor.packing().orElseThrow();
        List<Reproduction> models = new ArrayList<>();
        StoredTensors tensors = new StoredTensors(read, options.npyLimits());
        try {
            for (ModelSpec model : descriptor.models()) {
                Optional<ModelSpec> original = model.twinOf()
                        .flatMap(id -> descriptor.models().stream()
                                .filter(m -> m.id().equals(id))
                                .findFirst());
                models.add(Reproduction.load(tensors, model, original, packing, options.modelMemory()));
            }
            run.passed(
                    MODEL_INTERFACE,
                    models.stream()
                            .flatMap(r -> r.engines().stream())
                            .distinct()
                            .map(engine -> Finding.note(
                                    FindingCode.MODEL_INTERFACE_MATCHES,
                                    engine + " loads every model, and each declares the inputs and "
                                            + "outputs the capsule describes"))
                            .toList());
            List<ModelRunner> runners =
                    models.stream().flatMap(r -> r.runners().stream()).toList();
            MachineEnvironment here = run.here;
            run.verifyingRuntimes(runners.stream()
                    .map(r -> new RuntimeRecord(
                            modelOf(models, r),
                            r.settings().runtime(),
                            r.settings().version(),
                            r.settings().settings()))
                    .toList());
            List<String> runtimeChanges = runtimeChanges(packing, runners);
            boolean otherKindOfMachine = !here.sameKindAs(packing.environment()) || !runtimeChanges.isEmpty();
            List<OutputReport> outputs = new ArrayList<>();
            CutflowVerification cutflows = new CutflowVerification(descriptor, tensors);
            Map<String, Map<String, CutDecisions>> mainDecisions = new LinkedHashMap<>();
            Map<String, Map<String, CutDecisions>> witnessDecisions = new LinkedHashMap<>();
            for (int m = 0; m < models.size(); m++) {
                Reproduction.Reproduced reproduced =
                        models.get(m).reproduce(packing, otherKindOfMachine, progress, cutflows.cutOutputs());
                outputs.addAll(reproduced.outputs());
                run.executions.addAll(reproduced.executions());
                mainDecisions.put(descriptor.models().get(m).id(), reproduced.main());
                if (!reproduced.witness().isEmpty()) {
                    witnessDecisions.put(descriptor.models().get(m).id(), reproduced.witness());
                }
                run.distributions.addAll(reproduced.distributions());
            }
            boolean allExact = outputs.stream()
                    .allMatch(o -> !o.kind().decidesVerdict() || o.comparison().isBitExact());
            return run.reproduced(
                    outputs,
                    allExact ? List.of() : differences(here, packing, runtimeChanges),
                    cutflows.verify(mainDecisions, witnessDecisions),
                    output -> storedFile(descriptor, output));
        } finally {
            models.forEach(Reproduction::close);
        }
    }

    /** The stored tensor a deciding comparison was made against, as capsule.json names it. */
    private static String storedFile(Descriptor descriptor, OutputReport output) {
        ModelSpec model = descriptor.models().stream()
                .filter(m -> m.id().equals(output.model()))
                .findFirst()
                .orElseThrow();
        Optional<String> file = switch (output.kind()) {
            case NORMALISED_INPUT ->
                model.inputs().stream()
                        .filter(i -> i.name().equals(output.tensor()))
                        .findFirst()
                        .flatMap(InputSpec::reference);
            case WITNESS_OUTPUT ->
                model.outputs().stream()
                        .filter(o -> o.name().equals(output.tensor()))
                        .findFirst()
                        .flatMap(OutputSpec::storedWitnessReference);
            default ->
                model.outputs().stream()
                        .filter(o -> o.name().equals(output.tensor()))
                        .findFirst()
                        .flatMap(OutputSpec::storedReference);
        };
        return file.orElse(BagLayout.CAPSULE_JSON);
    }

    private static String modelOf(List<Reproduction> models, ModelRunner runner) {
        return models.stream()
                .filter(m -> m.runners().contains(runner))
                .findFirst()
                .map(Reproduction::modelId)
                .orElse("");
    }

    private static List<String> runtimeChanges(Packing packing, List<ModelRunner> runners) {
        List<String> lines = new ArrayList<>();
        for (RuntimeRecord packed : packing.runtimes()) {
            for (ModelRunner runner : runners) {
                if (runner.settings().runtime().equals(packed.runtime())
                        && !runner.settings().version().equals(packed.version())) {
                    lines.add(packed.runtime() + ": " + packed.version() + " when packing, "
                            + runner.settings().version() + " here");
                }
            }
        }
        return lines.stream().distinct().toList();
    }

    /** What differs between the packing machine and this one: shown when some output is not bit-exact. */
    private static List<String> differences(MachineEnvironment here, Packing packing, List<String> runtimeChanges) {
        List<String> lines = new ArrayList<>(here.differencesFrom(packing.environment()));
        lines.addAll(runtimeChanges);
        if (lines.isEmpty()) {
            lines.add("no difference found in OS, CPU, Java or runtime versions: this is the same kind of machine");
        }
        return lines;
    }

    /** The progress of one verification: the checks so far and what the capsule says of itself. */
    private static final class Run {
        private final String path;
        private final long startNanos;
        private final List<CheckReport> checks = new ArrayList<>();
        private String capsule = "";
        private boolean draft;
        private List<SignatureReport> signatures = List.of();
        private List<FileFacts> facts = List.of();
        private final List<Execution> executions = new ArrayList<>();
        private final Long modelMemoryBudget;
        private final List<OutputDistribution> distributions = new ArrayList<>();
        private List<StoredPlot> plots = List.of();
        private MachineEnvironment here;
        private Environments environments;

        Run(String path, long startNanos, Long modelMemoryBudget) {
            this.path = path;
            this.startNanos = startNanos;
            this.modelMemoryBudget = modelMemoryBudget;
        }

        double seconds() {
            return (System.nanoTime() - startNanos) / 1e9;
        }

        String current() {
            return CHECKS.get(Math.min(checks.size(), CHECKS.size() - 1));
        }

        void describe(Descriptor descriptor) {
            capsule = descriptor.name();
            draft = descriptor.draft();
            facts = descriptor.signalModelFacts();
            here = MachineProbe.probe();
            descriptor
                    .packing()
                    .ifPresent(packing -> environments = new Environments(
                            new Environment(packing.capsuleVersion(), packing.environment(), packing.runtimes()),
                            new Environment(CapsuleVersion.current(), here, List.of())));
        }

        void verifyingRuntimes(List<RuntimeRecord> runtimes) {
            environments =
                    new Environments(environments.packing(), new Environment(CapsuleVersion.current(), here, runtimes));
        }

        private ArchiveReport report(
                Verdict verdict, String reason, List<OutputReport> outputs, List<String> differences) {
            return report(verdict, reason, outputs, differences, List.of(), null, null);
        }

        private ArchiveReport report(
                Verdict verdict,
                String reason,
                List<OutputReport> outputs,
                List<String> differences,
                List<CutflowReport> cutflows,
                Verdict numeric,
                Verdict physics) {
            return new ArchiveReport(
                    path,
                    verdict,
                    reason,
                    capsule,
                    draft,
                    checks,
                    outputs,
                    differences,
                    signatures,
                    seconds(),
                    executions,
                    modelMemoryBudget,
                    cutflows,
                    numeric,
                    physics,
                    facts,
                    environments,
                    distributions,
                    plots);
        }

        void passed(String check, List<Finding> findings) {
            checks.add(CheckReport.passed(check, findings));
        }

        ArchiveReport invalid(String check, List<Finding> findings) {
            return failed(new CheckFailed(Verdict.INVALID, findings), check);
        }

        ArchiveReport failed(CheckFailed failure) {
            return failed(failure, current());
        }

        private ArchiveReport failed(CheckFailed failure, String check) {
            checks.add(CheckReport.failed(check, failure.findings()));
            skipRest(List.of());
            return report(failure.verdict(), failure.findings().get(0).toString(), List.of(), List.of());
        }

        private void skipRest(List<Finding> why) {
            for (int i = checks.size(); i < CHECKS.size(); i++) {
                checks.add(new CheckReport(CHECKS.get(i), CheckStatus.SKIPPED, why));
            }
        }

        ArchiveReport intact() {
            skipRest(List.of(NOT_RUN_INTEGRITY_ONLY));
            return report(
                    Verdict.INTACT,
                    "every byte matches its checksums and the metadata is valid; nothing was executed",
                    List.of(),
                    List.of());
        }

        /** @param storedFile the stored tensor a deciding comparison was made against */
        ArchiveReport reproduced(
                List<OutputReport> outputs,
                List<String> differences,
                List<CutflowReport> cutflows,
                Function<OutputReport, String> storedFile) {
            Verdict numeric = Verdict.REPRODUCED;
            Verdict physics = Verdict.REPRODUCED;
            List<Finding> findings = new ArrayList<>();
            for (OutputReport output : outputs) {
                if (output.kind().decidesVerdict() && !output.comparison().isBitExact()) {
                    numeric = numeric.worse(
                            output.withinTolerance() ? Verdict.REPRODUCED_WITHIN_TOLERANCE : Verdict.NOT_REPRODUCED);
                    findings.add(new Finding(
                            differenceCode(output),
                            storedFile.apply(output),
                            output.model() + " / " + output.tensor()
                                    + ": "
                                    + (output.comparison().elements()
                                            - output.comparison().bitIdentical()) + " of "
                                    + output.comparison().elements() + " elements differ, first at index "
                                    + output.comparison().firstDifference().index()
                                    + (output.comparison().anyCutChanged()
                                            ? "; a cut decision changed"
                                            : "; no cut decision changed")));
                }
            }
            for (CutflowReport cutflow : cutflows) {
                for (StageReport stage : cutflow.stages()) {
                    if (!stage.reproduced()) {
                        physics = Verdict.NOT_REPRODUCED;
                        findings.add(new Finding(
                                FindingCode.CUTFLOW_STAGE_DIFFERS, BagLayout.CAPSULE_JSON, stage.line(cutflow.name())));
                    }
                }
            }
            Verdict verdict = numeric.worse(physics);
            if (verdict == Verdict.REPRODUCED) {
                findings.add(Finding.note(
                        FindingCode.OUTPUTS_BIT_IDENTICAL, "every output is bit-identical to the stored reference"));
            }
            if (cutflows.stream().anyMatch(c -> c.source().equals("reference_events"))) {
                findings.add(
                        physics == Verdict.REPRODUCED
                                ? Finding.note(
                                        FindingCode.CUTFLOWS_REPRODUCED,
                                        "every cutflow re-derived from the reference events gives the recorded numbers")
                                : new Finding(
                                        FindingCode.CUTFLOWS_DIFFER,
                                        BagLayout.CAPSULE_JSON,
                                        "a cutflow re-derived from the reference events differs from the "
                                                + "recorded numbers"));
            }
            outputs.stream()
                    .filter(o -> o.kind() == OutputReport.Kind.TWIN_AGAINST_ORIGINAL)
                    .map(o -> Finding.note(FindingCode.TWIN_COMPARED, o.twinSummary()))
                    .forEach(findings::add);
            checks.add(new CheckReport(
                    REPRODUCTION,
                    verdict == Verdict.NOT_REPRODUCED ? CheckStatus.FAILED : CheckStatus.PASSED,
                    findings));
            return report(verdict, findings.get(0).toString(), outputs, differences, cutflows, numeric, physics);
        }

        private static FindingCode differenceCode(OutputReport output) {
            return switch (output.kind()) {
                case NORMALISED_INPUT -> FindingCode.NORMALISED_INPUT_DIFFERS;
                case WITNESS_OUTPUT -> FindingCode.WITNESS_OUTPUT_DIFFERS;
                default ->
                    output.withinTolerance()
                            ? FindingCode.REFERENCE_OUTPUT_ACCEPTED
                            : FindingCode.REFERENCE_OUTPUT_DIFFERS;
            };
        }
    }
}

package hep.capsule.internal.verifier.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import hep.capsule.internal.schema.facts.FileFacts;
import java.util.List;

/**
 * Everything learned about one archive.
 *
 * @param path the archive as given on the command line
 * @param verdict the verdict
 * @param reason one line saying why, naming the file and the problem for INVALID
 * @param capsule the capsule's name, when its metadata could be read
 * @param draft whether the capsule says it is an unfinished draft
 * @param checks the checks in the order they ran
 * @param outputs one entry per recomputed output
 * @param environmentDifferences how this machine differs from the packing machine, when an output is not bit-exact
 * @param signatures every signature of the archive, checked; independent of the verdict
 * @param seconds how long the verification took (wall time)
 * @param executions each engine's pass over each model's reference events, with its time
 * @param modelMemoryBudget the bytes of tensors executing one model could hold at once ({@code --max-model-memory});
 *     {@code null} when nothing was to be executed
 * @param cutflows each cutflow, re-derived or carried, stage by stage
 * @param numericVerdict the verdict of the outputs alone (bits, ULP, tolerances), when reproduction ran
 * @param physicsVerdict the verdict of the physics alone (cut decisions, cutflow yields), when reproduction ran
 * @param signalModelFacts what packing read from the signal-model files and generator cards, as capsule.json records it
 * @param environments the packing and the verifying environment, once the metadata could be read (null before)
 * @param distributions each reference output's distribution, packed and re-executed
 * @param plots the plots the archive carries, when the caller asked for them (for an HTML report)
 */
public record ArchiveReport(
        String path,
        Verdict verdict,
        String reason,
        String capsule,
        boolean draft,
        List<CheckReport> checks,
        List<OutputReport> outputs,
        List<String> environmentDifferences,
        List<SignatureReport> signatures,
        double seconds,
        List<Execution> executions,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long modelMemoryBudget,

        List<CutflowReport> cutflows,
        Verdict numericVerdict,
        Verdict physicsVerdict,
        List<FileFacts> signalModelFacts,

        @JsonInclude(JsonInclude.Include.NON_NULL) Environments environments,
        List<OutputDistribution> distributions,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<StoredPlot> plots) {

    public ArchiveReport {
        signalModelFacts = signalModelFacts == null ? List.of() : List.copyOf(signalModelFacts);
        cutflows = cutflows == null ? List.of() : List.copyOf(cutflows);
        executions = executions == null ? List.of() : List.copyOf(executions);
        distributions = distributions == null ? List.of() : List.copyOf(distributions);
        plots = plots == null ? List.of() : List.copyOf(plots);
        checks = List.copyOf(checks);
        outputs = List.copyOf(outputs);
        environmentDifferences = List.copyOf(environmentDifferences);
        signatures = List.copyOf(signatures);
    }
}

package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.interpreter.model.OnnxModel;
import hep.capsule.internal.publishing.lint.LintFinding;
import hep.capsule.internal.publishing.lint.LintMaterial;
import hep.capsule.internal.publishing.lint.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Records what produced each ONNX model (producer name and version, IR version, opsets). */
final class Producer extends Rule {
    Producer() {
        super(
                "format-producer",
                Severity.INFO,
                "The producer of each ONNX model, its IR version and opsets are recorded.",
                "The Les Houches guide asks to record the software that wrote the model; a reader can then "
                        + "judge converter bugs.",
                "If the file names no producer, say in the model's description what exported it (e.g. "
                        + "PyTorch 1.7 torch.onnx.export).");
    }

    @Override
    public List<LintFinding> check(LintMaterial material) {
        List<LintFinding> findings = new ArrayList<>();
        for (Places.ModelAt at : Places.models(material.descriptor())) {
            Optional<OnnxModel> header = OnnxFacts.bytes(material, at).flatMap(OnnxFacts::header);
            header.ifPresent(onnx -> findings.add(finding(
                    "model " + at.model().id() + ": "
                            + (onnx.producer().isEmpty()
                                    ? "the file names no producer"
                                    : "produced by " + onnx.producer())
                            + ", ONNX IR " + onnx.irVersion() + ", opsets " + opsets(onnx.opsets()),
                    onnx.producer().isEmpty() ? description().help() : "",
                    material.at(at.path("file")))));
        }
        return findings;
    }

    private static String opsets(Map<String, Long> opsets) {
        return opsets.entrySet().stream()
                .map(e -> (e.getKey().isEmpty() ? "ai.onnx" : e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}

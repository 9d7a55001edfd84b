package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.publishing.lint.LintFinding;
import hep.capsule.internal.publishing.lint.LintMaterial;
import hep.capsule.internal.publishing.lint.Severity;
import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.runner.ort.ModelRunners;
import hep.capsule.internal.schema.ModelFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every ONNX model (IR version and opsets included) is loaded by the onnxruntime Capsule pins. */
final class OnnxLoadable extends Rule {
    OnnxLoadable() {
        super(
                "format-onnx-loadable",
                Severity.ERROR,
                "Every ONNX model loads in the pinned onnxruntime (" + runtimeVersion() + ").",
                "A model whose IR version or opsets the runtime does not know cannot be re-executed, so it "
                        + "cannot be verified.",
                "Re-export the model with an opset the runtime supports (torch.onnx.export(..., "
                        + "opset_version=N), tf2onnx --opset N)" + " or convert it with onnx.version_converter.");
    }

    static String runtimeVersion() {
        return "onnxruntime "
                + Optional.ofNullable(
                                ai.onnxruntime.OrtEnvironment.class.getPackage().getImplementationVersion())
                        .orElse("1.28");
    }

    @Override
    public List<LintFinding> check(LintMaterial material) {
        List<LintFinding> findings = new ArrayList<>();
        for (Places.ModelAt at : Places.models(material.descriptor())) {
            Optional<byte[]> bytes = OnnxFacts.bytes(material, at);
            if (bytes.isEmpty()) {
                continue;
            }
            try (ModelRunner runner =
                    ModelRunners.open(ModelFormat.ONNX, bytes.get(), at.model().file())) {
                runner.signature();
            } catch (ModelExecutionException e) {
                findings.add(finding(
                        "model " + at.model().id() + " does not load in " + runtimeVersion() + ": " + e.getMessage(),
                        description().help(),
                        material.at(at.path("file"))));
            }
        }
        return findings;
    }
}

package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.interpreter.PortableWitness;
import hep.capsule.internal.publishing.lint.LintFinding;
import hep.capsule.internal.publishing.lint.LintMaterial;
import hep.capsule.internal.publishing.lint.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The portable witness runs every ONNX model: what pack would otherwise warn about, said in advance. */
final class PortableWitnessSupport extends Rule {
    PortableWitnessSupport() {
        super(
                "format-portable-witness",
                Severity.WARNING,
                "Capsule's portable witness (the pure-Java ONNX interpreter) runs every ONNX model.",
                "Without the witness a capsule stores no second engine's outputs, and a difference on "
                        + "another kind of machine can only"
                        + " be accepted within a declared tolerance; capsule pack warns about the same.",
                "Use operators and types the witness supports (see the message), or declare a tolerance on "
                        + "the outputs.");
    }

    @Override
    public List<LintFinding> check(LintMaterial material) {
        List<LintFinding> findings = new ArrayList<>();
        for (Places.ModelAt at : Places.models(material.descriptor())) {
            Optional<byte[]> bytes = OnnxFacts.bytes(material, at);
            if (bytes.isPresent() && OnnxFacts.header(bytes.get()).isPresent()) {
                PortableWitness.refusal(
                                at.model().format(), bytes.get(), at.model().file())
                        .ifPresent(why -> findings.add(finding(
                                "model " + at.model().id()
                                        + ": the portable witness cannot run it, so pack will store no "
                                        + "witness outputs: "
                                        + why,
                                description().help(),
                                material.at(at.path("file")))));
            }
        }
        return findings;
    }
}

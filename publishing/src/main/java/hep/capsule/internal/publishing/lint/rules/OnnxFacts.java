package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.interpreter.model.OnnxFormatException;
import hep.capsule.internal.interpreter.model.OnnxModel;
import hep.capsule.internal.interpreter.model.OnnxReader;
import hep.capsule.internal.publishing.lint.LintMaterial;
import hep.capsule.internal.schema.ModelFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The bytes of an ONNX model of the descriptor, when it is one and can be read. */
final class OnnxFacts {
    private OnnxFacts() {}

    static Optional<byte[]> bytes(LintMaterial material, Places.ModelAt at) {
        Optional<Path> file = material.file(at.model().file());
        if (at.model().format() != ModelFormat.ONNX
                || file.isEmpty()
                || InferenceFormat.trainingFormat(file.get()).isPresent()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file.get()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<OnnxModel> header(byte[] bytes) {
        try {
            return Optional.of(OnnxReader.read(bytes));
        } catch (OnnxFormatException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

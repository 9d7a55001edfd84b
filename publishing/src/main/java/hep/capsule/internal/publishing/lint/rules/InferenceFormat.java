package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.publishing.lint.LintFinding;
import hep.capsule.internal.publishing.lint.LintMaterial;
import hep.capsule.internal.publishing.lint.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The model file is an inference format (ONNX, lwtnn JSON, TMVA XML), not a training framework's own format, recognised
 * by its content: Keras HDF5, a Python pickle, a TorchScript or PyTorch zip, a TensorFlow SavedModel.
 */
final class InferenceFormat extends Rule {
    private static final byte[] HDF5 = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    InferenceFormat() {
        super(
                "format-inference",
                Severity.ERROR,
                "Every model file exists and is in an inference format: ONNX, lwtnn JSON or TMVA XML.",
                "The Les Houches guide asks for models in a framework-independent inference format; Keras "
                        + "HDF5, pickles,"
                        + " TorchScript and SavedModel need the training framework (and its version) to be "
                        + "read at all.",
                "Convert the model: Keras with tf2onnx or lwtnn's converters, PyTorch with "
                        + "torch.onnx.export, scikit-learn"
                        + " and XGBoost with skl2onnx or onnxmltools, a SavedModel with tf2onnx --saved-model.");
    }

    @Override
    public List<LintFinding> check(LintMaterial material) {
        List<LintFinding> findings = new ArrayList<>();
        for (Places.ModelAt at : Places.models(material.descriptor())) {
            String file = at.model().file();
            Optional<Path> path = material.file(file);
            if (path.isEmpty()) {
                findings.add(finding(
                        "the model file " + file + " does not exist",
                        "give the path of the model file, relative to the descriptor",
                        material.at(at.path("file"))));
                continue;
            }
            trainingFormat(path.get())
                    .ifPresent(what -> findings.add(finding(
                            file + " is " + what.name() + ", not an inference format",
                            what.advice(),
                            material.at(at.path("file")))));
        }
        return findings;
    }

    private record TrainingFormat(String name, String advice) {}

    static Optional<TrainingFormat> trainingFormat(Path file) {
        if (file.getFileName().toString().matches("saved_model\\.pbt?x?t?")) {
            return Optional.of(new TrainingFormat(
                    "a TensorFlow SavedModel",
                    "convert it: python -m tf2onnx.convert --saved-model DIR --output model.onnx"));
        }
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return Optional.of(new TrainingFormat("unreadable (" + e.getMessage() + ")", "make the file readable"));
        }
        if (read == head.length && java.util.Arrays.equals(head, HDF5)) {
            return Optional.of(new TrainingFormat(
                    "an HDF5 file (Keras .h5)",
                    "convert it to ONNX with tf2onnx (python -m tf2onnx.convert --keras model.h5), "
                            + "or to lwtnn JSON with lwtnn's keras2json.py"));
        }
        if (read >= 2 && (head[0] & 0xff) == 0x80 && head[1] >= 2 && head[1] <= 5) {
            return Optional.of(new TrainingFormat(
                    "a Python pickle",
                    "export the model to ONNX (skl2onnx for scikit-learn, onnxmltools for "
                            + "XGBoost/LightGBM, torch.onnx.export for PyTorch)"));
        }
        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Optional.of(zipped(file));
        }
        return Optional.empty();
    }

    private static TrainingFormat zipped(Path file) {
        List<String> names;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            names = Collections.list(zip.entries()).stream()
                    .map(ZipEntry::getName)
                    .toList();
        } catch (IOException e) {
            names = List.of();
        }
        if (names.stream().anyMatch(n -> n.endsWith("model.weights.h5") || n.equals("config.json"))) {
            return new TrainingFormat("a Keras 3 .keras archive", "convert it to ONNX with tf2onnx");
        }
        return new TrainingFormat(
                "a zip archive (TorchScript or a PyTorch checkpoint)",
                "export the model with torch.onnx.export(model, example_input, \"model.onnx\")");
    }
}

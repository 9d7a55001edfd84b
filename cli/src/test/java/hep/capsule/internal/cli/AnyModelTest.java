package hep.capsule.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.runner.ort.OnnxRuntimeRunner;
import hep.capsule.internal.tensor.Npy;
import hep.capsule.internal.tensor.NpyLimits;
import hep.capsule.internal.tensor.Tensor;
import hep.capsule.internal.verifier.Verifier;
import hep.capsule.internal.verifier.VerifyOptions;
import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.OutputReport;
import hep.capsule.internal.verifier.report.Verdict;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Operator models as a physicist brings them (see {@link OperatorModels}) through {@code capsule init}, {@code pack}
 * (in batches of 2 events) and {@code verify}: inputs without an event axis (Gemm's B, Reshape's shape, ReduceSum's
 * axes, a scalar), outputs without one (Concat along axis 0, Squeeze, Transpose), float16 and int8. Both engines must
 * give numpy's values (the expected outputs of {@code src/test/resources/anymodel/make_cases.py}) within ONNX's backend
 * test tolerance, rtol 1e-3 and atol 1e-7, and verify must reproduce the capsule.
 */
class AnyModelTest {
    private static final double RTOL = 1e-3;
    private static final double ATOL = 1e-7;
    /** Per case: which engines ran it and whether they agreed bit for bit; printed after the last case. */
    private static final Map<String, String> SUMMARY = new ConcurrentSkipListMap<>();

    @TempDir
    Path temp;

    static List<String> cases() {
        return OperatorModels.cases();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void initPackAndVerifyReproduceNumpysValues(String name) throws Exception {
        Path folder = temp.resolve(name);
        Files.createDirectories(folder);
        byte[] model = OperatorModels.model(name);
        Files.write(folder.resolve(name + ".onnx"), model);
        List<String> init = new ArrayList<>(
                List.of("init", "--model", folder.resolve(name + ".onnx").toString(), "-o", folder.toString()));
        List<Tensor> inputs = new ArrayList<>();
        for (int i = 0; resource(name + ".in" + i).isPresent(); i++) {
            byte[] bytes = resource(name + ".in" + i).get();
            Files.write(folder.resolve(name + ".in" + i + ".npy"), bytes);
            init.addAll(List.of(
                    "--inputs", folder.resolve(name + ".in" + i + ".npy").toString()));
            inputs.add(Npy.decode(bytes, name, NpyLimits.defaults()));
        }
        Tensor expected = Npy.decode(resource(name + ".expected0").orElseThrow(), name, NpyLimits.defaults());
        CapsuleCli.Outcome initialised = CapsuleCli.run(init.toArray(String[]::new));
        assertEquals(0, initialised.code(), initialised.err());
        Path descriptor = folder.resolve("capsule.yaml");
        String yaml = Files.readString(descriptor);
        Path archive = temp.resolve(name + ".capsule.tar.gz");
        String[] pack = {"pack", descriptor.toString(), "-o", archive.toString(), "--draft", "--batch-size", "2"};
        if (name.equals("concat_axis0")) {
            // Nothing in the model says that Concat along axis 0 loses the event axis: pack finds out and says what to
            // declare.
            CapsuleCli.Outcome refused = CapsuleCli.run(pack);
            assertEquals(ExitCodes.BAD_INPUT, refused.code(), refused.err());
            assertTrue(
                    refused.err().contains("output y: the descriptor declares shape [null, 3]")
                            && refused.err().contains("on a batch of 2 events the model produced shape [4, 3]")
                            && refused.err().contains("per_event: false")
                            && refused.err().contains(name + ".onnx"),
                    refused.err());
            assertFalse(refused.err().contains("capsule-pack-") || refused.err().contains("MISSING"), refused.err());
            yaml = yaml.replace(
                    "shape: [null, 3]\n        meaning:",
                    "shape: [null, 3]\n        per_event: false\n        meaning:");
            Files.writeString(descriptor, yaml);
        }
        CapsuleCli.Outcome packed = CapsuleCli.run(pack);
        assertEquals(0, packed.code(), packed.err());

        ArchiveReport report = new Verifier(VerifyOptions.defaults()).verify(archive);
        assertEquals(Verdict.REPRODUCED, report.verdict(), report.toString());

        Map<String, Tensor> feeds = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            feeds.put("x" + i, inputs.get(i));
        }
        Tensor onnxruntime;
        try (ModelRunner runner = OnnxRuntimeRunner.load(model, name)) {
            onnxruntime = runner.run(feeds).get("y");
        }
        assertNull(CapsuleCli.farFrom(List.of(expected), List.of(onnxruntime), RTOL, ATOL), name + " onnxruntime");
        Optional<Tensor> witness = CapsuleCli.witness(model, name, feeds).map(outputs -> outputs.get("y"));
        witness.ifPresent(
                w -> assertNull(CapsuleCli.farFrom(List.of(expected), List.of(w), RTOL, ATOL), name + " witness"));
        boolean witnessStored = report.outputs().stream().anyMatch(o -> o.kind() == OutputReport.Kind.WITNESS_OUTPUT);
        assertEquals(witness.isPresent(), witnessStored, name);
        SUMMARY.put(
                name,
                witness.map(w -> "both engines, "
                                        + (Arrays.equals(w.data(), onnxruntime.data())
                                                ? "bit-identical"
                                                : "differing bits"))
                                .orElse("onnxruntime only (the witness refuses it)")
                        + (yaml.contains("per_event: false")
                                ? "; per_event: false on " + count(yaml, "        per_event: false")
                                : ""));
    }

    @AfterAll
    static void printSummary() {
        SUMMARY.forEach((name, line) -> System.out.println("AnyModelTest " + name + ": " + line));
    }

    private static Optional<byte[]> resource(String name) throws Exception {
        try (InputStream in = AnyModelTest.class.getResourceAsStream("/anymodel/" + name + ".npy")) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
    }

    private static long count(String text, String part) {
        return text.lines().filter(line -> line.contains(part)).count();
    }
}

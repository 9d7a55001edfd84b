package hep.capsule.internal.packager;

import hep.capsule.internal.schema.Descriptor;
import hep.capsule.internal.schema.FeatureSpec;
import hep.capsule.internal.schema.ModelFormat;
import hep.capsule.internal.schema.RuntimeRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes README.txt: how a person with no Capsule checks the capsule and runs its model with standard tools (sha256sum,
 * Python with numpy and onnxruntime), and what every file is.
 */
final class CapsuleReadme {
    private CapsuleReadme() {}

    static byte[] write(PackPlan plan, List<RuntimeRecord> runtimes, String capsuleVersion, String baggingDate) {
        Descriptor d = plan.descriptor().descriptor();
        StringBuilder t = new StringBuilder();
        t.append(d.name()).append('\n').append("=".repeat(d.name().length())).append("\n\n");
        t.append(d.title()).append("\n\n");
        t.append("Analysis:   ").append(d.analysis().name()).append('\n');
        t.append("Experiment: ").append(d.analysis().experiment()).append('\n');
        t.append("arXiv:      ").append(d.analysis().arxiv()).append('\n');
        t.append("DOI:        ").append(d.analysis().doi()).append('\n');
        t.append("HEPData:    ").append(d.analysis().hepdata()).append('\n');
        t.append("Licence:    ").append(d.license()).append('\n');
        t.append("Packed by Capsule ")
                .append(capsuleVersion)
                .append(", bagging date ")
                .append(baggingDate)
                .append(".\n");
        if (plan.draft()) {
            t.append(
                    "\nDRAFT: this capsule is unfinished. Fields marked MISSING in capsule.json were not filled in.\n");
        }
        t.append("""

                This folder is a BagIt 1.0 bag (RFC 8493). Everything in it is an open format
                (JSON, NPY, ONNX, plain text) and can be checked and used without Capsule.

                1. Check that nothing has changed
                ---------------------------------
                Run these in this folder; each must report every file OK:

                    sha256sum -c tagmanifest-sha256.txt    # bagit.txt, bag-info.txt, capsule.json,
                                                           # README.txt and the payload manifests
                    sha256sum -c manifest-sha256.txt       # every file under data/
                    sha512sum -c tagmanifest-sha512.txt
                    sha512sum -c manifest-sha512.txt

                Files named tagmanifest-sha512.txt.asc or .p7s, if present, are signatures over
                tagmanifest-sha512.txt (check with gpg --verify or openssl cms -verify). A file
                named like an .asc signature plus .tsr is that signature's RFC 3161 time-stamp
                (check with openssl ts -verify -in SIGNATURE.tsr -token_in -data SIGNATURE
                -CAfile TSA-CA.pem).

                2. What each file is
                --------------------
                bagit.txt, bag-info.txt   the BagIt declaration and the bag's description
                capsule.json              the complete specification: analysis, contacts, every input
                                          feature (name, unit, normalisation formula, padding, NaN
                                          policy, angle convention, valid range), every output (meaning,
                                          range, working points), and how the reference outputs were made
                """);
        for (PackPlan.ModelPlan model : plan.models()) {
            t.append(String.format(
                    "%-25s model \"%s\" (%s)%s%n",
                    model.model().bagPath(),
                    model.spec().id(),
                    model.spec().format().descriptorName(),
                    model.spec()
                            .twinOf()
                            .map(of -> ", the ONNX twin of model \"" + of + "\", run on its reference inputs")
                            .orElse("")));
            for (PackPlan.InputPlan input : model.spec().isTwin() ? List.<PackPlan.InputPlan>of() : model.inputs()) {
                t.append(String.format(
                        "%-25s reference inputs for \"%s\", model-ready (%s)%n",
                        input.bagPath(),
                        input.spec().name(),
                        input.spec().type().descriptorName()));
                input.rawBagPath()
                        .ifPresent(raw -> t.append(String.format(
                                "%-25s the same events as physical values, before normalisation%n", raw)));
            }
            for (PackPlan.OutputPlan output : model.outputs()) {
                t.append(String.format(
                        "%-25s the outputs \"%s\" gave at packing time%n",
                        output.bagPath(), output.spec().name()));
                output.witnessBagPath()
                        .ifPresent(w -> t.append(String.format(
                                "%-25s the same outputs from the portable pure-Java witness (identical bits "
                                        + "on every machine)%n",
                                w)));
                output.expected()
                        .ifPresent(
                                e -> t.append(String.format("%-25s the training framework's outputs%n", e.bagPath())));
            }
        }
        for (PackPlan.SourceFile file : plan.attached()) {
            t.append(String.format(
                    "%-25s analysis file (%s)%n", file.bagPath(), file.source().getFileName()));
        }
        for (PackPlan.ModelPlan model : plan.models()) {
            appendRunInstructions(
                    t,
                    plan,
                    model,
                    runtimes.stream()
                            .filter(r -> r.model().equals(model.spec().id()))
                            .findFirst()
                            .orElseThrow(),
                    runtimes.stream()
                            .filter(r -> r.model().equals(model.spec().id()))
                            .skip(1)
                            .findFirst());
        }
        return t.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendPythonInstructions(StringBuilder t, PackPlan.ModelPlan model, String batch) {
        t.append("""

                In Python (numpy, onnxruntime):

                    import numpy as np, onnxruntime as ort
                    options = ort.SessionOptions()
                    options.intra_op_num_threads = 1
                    options.inter_op_num_threads = 1
                    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
                    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
                """);
        t.append("    session = ort.InferenceSession(\"")
                .append(model.model().bagPath())
                .append("\", options, providers=[\"CPUExecutionProvider\"])\n");
        for (PackPlan.InputPlan input : model.inputs()) {
            t.append("    ")
                    .append(variable(input.spec().name()))
                    .append(" = np.load(\"")
                    .append(input.bagPath())
                    .append("\")\n");
        }
        String first = variable(model.inputs().get(0).spec().name());
        t.append("    batch = ").append(batch).append('\n');
        t.append("    outputs = [session.run(None, {");
        for (int i = 0; i < model.inputs().size(); i++) {
            PackPlan.InputPlan input = model.inputs().get(i);
            t.append(i == 0 ? "" : ", ")
                    .append('"')
                    .append(input.spec().name())
                    .append("\": ")
                    .append(variable(input.spec().name()))
                    .append("[i:i + batch]");
        }
        t.append("}) for i in range(0, len(").append(first).append("), batch)]\n");
        for (int o = 0; o < model.outputs().size(); o++) {
            PackPlan.OutputPlan output = model.outputs().get(o);
            t.append("    reference = np.load(\"").append(output.bagPath()).append("\")\n");
            t.append("    mine = np.concatenate([batch_outputs[")
                    .append(o)
                    .append("] for batch_outputs in outputs])\n");
            t.append("    print(\"")
                    .append(output.spec().name())
                    .append(" bit-identical:\", ")
                    .append("mine.tobytes() == reference.tobytes())\n");
        }
    }

    private static void appendRunInstructions(
            StringBuilder t,
            PackPlan plan,
            PackPlan.ModelPlan model,
            RuntimeRecord runtime,
            java.util.Optional<RuntimeRecord> witness) {
        String batch = runtime.settings().get("batch_size");
        t.append("\n3. Run model \"")
                .append(model.spec().id())
                .append("\" yourself\n")
                .append("-".repeat(24 + model.spec().id().length()))
                .append("\n");
        t.append("The reference outputs were computed by ")
                .append(runtime.runtime())
                .append(' ')
                .append(runtime.version())
                .append(" with these settings:\n");
        runtime.settings()
                .forEach((key, value) ->
                        t.append("    ").append(key).append(" = ").append(value).append('\n'));
        if (model.spec().format() == ModelFormat.ONNX) {
            appendPythonInstructions(t, model, batch);
        } else {
            t.append("""

                    This model is not ONNX: recompute its outputs with `capsule verify`, or with any
                    evaluator that follows the settings above exactly.
                    """);
        }
        witness.ifPresent(w -> t.append("\nThe witness outputs were computed by ")
                .append(w.runtime())
                .append(" version ")
                .append(w.version())
                .append(", a pure-Java interpreter whose evaluation order is fixed; its rules:\n")
                .append(w.settings().entrySet().stream()
                        .map(e -> "    " + e.getKey() + ": " + e.getValue() + "\n")
                        .collect(java.util.stream.Collectors.joining())));
        if (model.spec().isTwin()) {
            appendTwinInstructions(t, model, plan);
            return;
        }
        t.append("\nHow physical values become the model-ready inputs (x is the physical value,\n"
                + "evaluated in float64 and rounded once to the input type):\n");
        for (PackPlan.InputPlan input : model.inputs()) {
            if (!input.spec().perEvent()) {
                t.append(String.format(
                        "    %s has no event axis: it is given whole to every execution (%s)%n",
                        input.spec().name(), input.spec().description().orElse("MISSING")));
            }
            List<FeatureSpec> features = input.spec().features();
            for (int f = 0; f < features.size(); f++) {
                FeatureSpec feature = features.get(f);
                t.append(String.format(
                        "    %s[%d] %-24s %-14s %s%n",
                        input.spec().name(),
                        f,
                        feature.name(),
                        "[" + feature.unit() + "]",
                        feature.normalisation().map(n -> n.withNumbers()).orElse("MISSING")));
            }
        }
    }

    /** A twin: how it relates to its original, and how to compare the two by hand. */
    private static void appendTwinInstructions(StringBuilder t, PackPlan.ModelPlan twin, PackPlan plan) {
        String originalId = twin.spec().twinOf().orElseThrow();
        PackPlan.ModelPlan original = plan.models().stream()
                .filter(m -> m.spec().id().equals(originalId))
                .findFirst()
                .orElseThrow();
        t.append("\nModel \"")
                .append(twin.spec().id())
                .append("\" is the ONNX twin of model \"")
                .append(originalId)
                .append("\": the same inputs and outputs, for a reader with nothing but an ONNX runtime.\n"
                        + "It runs on the original's reference inputs (their features are described there). It agrees\n"
                        + "with the original to rounding, not bit for bit; compare the two, and count the "
                        + "cut decisions\n"
                        + "that differ at the original's working points, with:\n\n");
        for (int o = 0; o < twin.outputs().size(); o++) {
            PackPlan.OutputPlan output = twin.outputs().get(o);
            String originalOutput = original.outputs().stream()
                    .filter(p -> p.spec().name().equals(output.spec().name()))
                    .findFirst()
                    .orElseThrow()
                    .bagPath();
            t.append("    twin, original = np.load(\"")
                    .append(output.bagPath())
                    .append("\"), np.load(\"")
                    .append(originalOutput)
                    .append("\")\n");
            t.append("    print(\"")
                    .append(output.spec().name())
                    .append(" largest |difference|:\", np.abs(twin.astype(np.float64) - original).max())\n");
            for (hep.capsule.internal.schema.WorkingPoint wp : original.spec().outputs().stream()
                    .filter(spec -> spec.name().equals(output.spec().name()))
                    .findFirst()
                    .orElseThrow()
                    .workingPoints()) {
                String cut = wp.operator().descriptorName() + " " + wp.threshold();
                t.append("    print(\"")
                        .append(wp.name())
                        .append(" decisions that differ:\", np.count_nonzero((twin ")
                        .append(cut)
                        .append(") != (original ")
                        .append(cut)
                        .append(")))\n");
            }
        }
    }

    private static String variable(String tensorName) {
        String name = tensorName.replaceAll("[^A-Za-z0-9_]", "_");
        return "x_" + name;
    }
}

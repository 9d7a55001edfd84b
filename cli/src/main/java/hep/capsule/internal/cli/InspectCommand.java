package hep.capsule.internal.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hep.capsule.internal.archive.Finding;
import hep.capsule.internal.archive.tar.InvalidArchiveException;
import hep.capsule.internal.archive.tar.StoredFile;
import hep.capsule.internal.schema.Cutflow;
import hep.capsule.internal.schema.CutflowStage;
import hep.capsule.internal.schema.Descriptor;
import hep.capsule.internal.schema.DescriptorException;
import hep.capsule.internal.schema.FeatureSpec;
import hep.capsule.internal.schema.InputSpec;
import hep.capsule.internal.schema.ModelSpec;
import hep.capsule.internal.schema.OutputSpec;
import hep.capsule.internal.schema.facts.FactsText;
import hep.capsule.internal.schema.facts.FileFacts;
import hep.capsule.internal.schema.facts.SignalModelFacts;
import hep.capsule.internal.verifier.InspectedCapsule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description = {
            "Show what is inside a capsule without executing anything: the analysis, the models with their "
                    + "inputs and outputs, and every file.",
            "Given an image from `capsule image`: its platform, entrypoint, layers with their sizes, "
                    + "labels, and the bundled capsule's identity."
        })
final class InspectCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ARCHIVE|IMAGE.tar")
    Path archive;

    @Option(names = "--json", description = "print capsule.json and the file list as JSON")
    boolean json;

    @Override
    public Integer call() throws IOException, UserError {
        if (OciImageTarball.isImage(archive)) {
            return ImageInspection.print(archive, json);
        }
        try {
            InspectedCapsule contents = InspectedCapsule.read(archive);
            if (json) {
                printJson(contents);
            } else {
                printText(contents);
            }
            return contents.intact()
                    ? ExitCodes.OK
                    : hep.capsule.internal.verifier.report.Verdict.INVALID.exitCode(false);
        } catch (InvalidArchiveException e) {
            throw UserError.unusable(archive, e);
        } catch (DescriptorException e) {
            throw new UserError(archive + ": its capsule.json is not valid:\n" + e.getMessage(), e);
        }
    }

    private void printJson(InspectedCapsule contents) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("path", archive.toString());
        root.put("top_folder", contents.topFolder());
        root.put("intact", contents.intact());
        contents.findings().stream()
                .map(f -> f.inFolder(contents.topFolder()))
                .forEach(f -> root.withArray("problems")
                        .addObject()
                        .put("code", f.code().name())
                        .put("file", f.file())
                        .put("message", f.message()));
        ArrayNode files = root.putArray("files");
        for (StoredFile file : contents.files()) {
            files.addObject()
                    .put("path", file.bagPath())
                    .put("bytes", file.size())
                    .put("sha256", file.checksums().get(hep.capsule.internal.archive.bag.DigestAlgorithm.SHA256));
        }
        root.set("capsule", mapper.readTree(contents.metadata()));
        System.out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private void printText(InspectedCapsule contents) {
        Descriptor d = contents.descriptor();
        List<Finding> findings = contents.findings();
        System.out.println(d.name() + (d.draft() ? "  (DRAFT)" : "") + ": " + d.title());
        System.out.println("  analysis: " + d.analysis().name() + " ("
                + d.analysis().experiment() + "), arXiv:" + d.analysis().arxiv() + ", DOI "
                + d.analysis().doi() + ", HEPData " + d.analysis().hepdata());
        System.out.println("  licence " + d.license() + "; contact "
                + d.contacts().get(0).name() + " <" + d.contacts().get(0).email() + ">");
        System.out.println("  integrity: "
                + (findings.isEmpty()
                        ? "every checksum matches"
                        : findings.size() + " problem(s): " + findings.get(0)));
        for (ModelSpec model : d.models()) {
            System.out.println("  model " + model.id() + " (" + model.format().descriptorName() + "): " + model.file());
            for (InputSpec input : model.inputs()) {
                System.out.println(
                        "    input " + input.name() + " " + input.type().descriptorName() + input.shape());
                for (FeatureSpec f : input.features()) {
                    System.out.printf(
                            "      %-28s %-14s %s%n",
                            f.name(),
                            "[" + f.unit() + "]",
                            f.normalisation().map(n -> n.withNumbers()).orElse("normalisation MISSING"));
                }
            }
            for (OutputSpec output : model.outputs()) {
                System.out.println("    output " + output.name() + " "
                        + output.type().descriptorName() + output.shape() + ": " + output.meaning());
                output.workingPoints()
                        .forEach(wp -> System.out.println("      working point " + wp.name() + ": output "
                                + wp.operator().descriptorName() + " " + wp.threshold()));
            }
        }
        for (Cutflow cutflow : d.cutflows()) {
            System.out.println("  cutflow " + cutflow.name() + " ("
                    + cutflow.source().descriptorName() + ", signal model " + cutflow.signalModel()
                    + cutflow.stagesFrom()
                            .map(from -> ", from " + from.hepdataTable())
                            .orElse("") + ")"
                    + cutflow.description().map(text -> ": " + text).orElse(""));
            for (int s = 0; s < cutflow.stages().size(); s++) {
                CutflowStage stage = cutflow.stages().get(s);
                System.out.println("    " + stage.name() + ": "
                        + (stage.events().isPresent() ? stage.events().getAsLong() + " events" : "events not given")
                        + stage.weighted()
                                .map(w -> ", weighted " + w.toPlainString())
                                .orElse("")
                        + stage.cut().map(cut -> ", cut " + cut).orElse("")
                        + (cutflow.isRederived(s) ? " (re-derived by verify)" : ""));
            }
            for (FileFacts facts : SignalModelFacts.beside(cutflow.signalModel(), d.signalModelFacts())) {
                FactsText.lines(facts).forEach(line -> System.out.println("    signal model: " + line));
            }
        }
        if (d.cutflows().isEmpty()) {
            d.signalModelFacts()
                    .forEach(facts ->
                            FactsText.lines(facts).forEach(line -> System.out.println("  signal model: " + line)));
        }
        System.out.println("  files:");
        for (StoredFile file : contents.files()) {
            System.out.printf("    %12d  %s%n", file.size(), file.bagPath());
        }
    }
}

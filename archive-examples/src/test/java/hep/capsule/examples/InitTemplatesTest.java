package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Npy;
import hep.capsule.internal.tensor.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code capsule init} on a TMVA weight file and an lwtnn network, through the real launcher: the template names the
 * format, the variables in the file's order, the outputs, and what the file fixes about the computation, leaves every
 * person-written field MISSING, and packs as a draft.
 */
class InitTemplatesTest {

    @TempDir
    Path temp;

    @Test
    void aTmvaWeightFileGivesItsVariablesAndTheBdtConventions() throws Exception {
        Path folder = Examples.ZERO_LEPTON_BDT_EVEN.folder();
        Launcher.Run init = Launcher.run(
                temp,
                "init",
                "--model",
                folder.resolve(BdtBenchmark.WEIGHTS).toString(),
                "--inputs",
                folder.resolve("raw_reference_inputs.npy").toString(),
                "-o",
                "bdt");
        assertEquals(0, init.exitCode(), init.all());
        String yaml = Files.readString(temp.resolve("bdt/capsule.yaml"));

        assertTrue(yaml.contains("format: tmva-xml") && yaml.contains("shape: [null, 14]"), yaml);
        assertEquals(
                List.of(
                        "variables",
                        "nJet",
                        "meff",
                        "METoverMeff3",
                        "jetPt0",
                        "jetPt1",
                        "jetPt2",
                        "jetPt3",
                        "jetEta0",
                        "jetEta1",
                        "jetEta2",
                        "jetEta3",
                        "Sp",
                        "Ap",
                        "dPhiR",
                        "response"),
                names(yaml));
        assertTrue(
                yaml.contains("BoostType Grad")
                        && yaml.contains("1000 trees")
                        && yaml.contains("x >= Cut continues on the cType=1 side")
                        && yaml.contains("ROOT 6.04/14"),
                yaml);
        assertTrue(
                yaml.contains("# the BDT response 2/(1+exp(-2*sum(leaf)))-1") && yaml.contains("gets response -999"),
                yaml);
        assertTrue(
                yaml.contains("# feature_1: element 1 of the last axis; the weight file's Title \"m_{eff}(incl.)\","
                        + " Unit \"GeV\", Type F, training range [1.40000256e+03, 6.39537158e+03]"),
                yaml);
        assertEquals(14, count(yaml, "unit: MISSING"));
        assertEquals(14, count(yaml, "normalisation: MISSING"));
        assertDraftPacks();
    }

    @Test
    void anLwtnnNetworkGivesItsVariablesTheirPreparationAndItsOutputLabels() throws Exception {
        Files.writeString(temp.resolve("net.json"), """
                {"inputs": [{"name": "jet_pt", "offset": -50, "scale": 0.01},
                            {"name": "jet_eta", "offset": 0, "scale": 0.5}],
                 "layers": [{"architecture": "dense", "weights": [1, 2, -1, 0.5],
                   "bias": [0.5, -1], "activation": "softmax"}],
                 "outputs": ["signal", "background"],
                 "defaults": {"jet_eta": 0}}""", StandardCharsets.UTF_8);
        ByteBuffer values = ByteBuffer.allocate(4 * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        values.putDouble(120).putDouble(0.3).putDouble(75).putDouble(-1.9);
        Files.write(
                temp.resolve("inputs.npy"),
                Npy.encode(new Tensor(ElementType.FLOAT64, new long[] {2, 2}, values.array())));
        Launcher.Run init = Launcher.run(temp, "init", "--model", "net.json", "--inputs", "inputs.npy", "-o", ".");
        assertEquals(0, init.exitCode(), init.all());
        String yaml = Files.readString(temp.resolve("capsule.yaml"));

        assertTrue(
                yaml.contains("format: lwtnn-json") && yaml.contains("type: float64") && yaml.contains("sequential"),
                yaml);
        assertEquals(List.of("variables", "jet_pt", "jet_eta", "outputs"), names(yaml));
        assertTrue(
                yaml.contains("a NaN stays NaN (no default), lwtnn computes (x + offset) * scale with offset "
                        + "-50.0 and scale 0.01"),
                yaml);
        assertTrue(
                yaml.contains("a NaN becomes the file's default 0.0, then lwtnn computes (x + offset) * scale "
                        + "with offset 0.0 and scale 0.5"),
                yaml);
        assertTrue(yaml.contains("# the lwtnn output labels, in order: signal, background"), yaml);
        assertEquals(2, count(yaml, "unit: MISSING"));
        assertDraftPacks();
    }

    @Test
    void aFormatThatDoesNotFitTheFileIsRefusedNamingTheFile() throws Exception {
        Path folder = Examples.ZERO_LEPTON_BDT_EVEN.folder();
        Launcher.Run init = Launcher.run(
                temp,
                "init",
                "--model",
                folder.resolve(BdtBenchmark.WEIGHTS).toString(),
                "--format",
                "lwtnn-json",
                "--inputs",
                folder.resolve("raw_reference_inputs.npy").toString(),
                "-o",
                "bdt");
        assertEquals(2, init.exitCode(), init.all());
        assertTrue(init.err().contains(BdtBenchmark.WEIGHTS + " (read as lwtnn-json)"), init.err());
        assertTrue(!Files.exists(temp.resolve("bdt/capsule.yaml")));
    }

    /** The template is a descriptor: pack refuses it for its MISSING fields, and packs it with --draft. */
    private void assertDraftPacks() throws Exception {
        Path descriptor = Files.exists(temp.resolve("bdt/capsule.yaml"))
                ? temp.resolve("bdt/capsule.yaml")
                : temp.resolve("capsule.yaml");
        Launcher.Run refused = Launcher.run(temp, "pack", descriptor.toString(), "-o", "draft.tar.gz");
        assertEquals(2, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains("MISSING"), refused.err());
        Launcher.Run draft = Launcher.run(temp, "pack", descriptor.toString(), "-o", "draft.tar.gz", "--draft");
        assertEquals(0, draft.exitCode(), draft.all());
    }

    /** The names of the inputs, their features and the outputs, in the order the template gives them. */
    private static List<String> names(String yaml) {
        return Pattern.compile("- name: \"([^\"]*)\"")
                .matcher(yaml)
                .results()
                .map(m -> m.group(1))
                .toList();
    }

    private static long count(String yaml, String text) {
        return yaml.lines().filter(line -> line.contains(text)).count();
    }
}

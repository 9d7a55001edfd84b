package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.archive.bag.BagLayout;
import hep.capsule.internal.archive.bag.DigestAlgorithm;
import hep.capsule.internal.archive.bag.ManifestKind;
import hep.capsule.internal.packager.PackOptions;
import hep.capsule.internal.packager.Packager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pack draws a histogram of every input feature and every output, listed in the manifests and the same on every
 * machine.
 */
class ReferencePlotsTest {
    private static final String PLOTS = "data/validation/plots/nn_4jets/";
    private static final String HH_WEIGHTS = "    reference_weights: reference_weights.npy\n";
    private static final Path CAPSULE_FONTS =
            Examples.repositoryRoot().resolve("plots/src/main/resources/hep/capsule/internal/plots/fonts.conf");

    @TempDir
    Path temp;

    @Test
    void everyFeatureAndTheOutputHaveAPlotOfPhysicalValuesListedInTheManifests() throws Exception {
        BagSurgery bag = BagSurgery.open(Examples.SUSY_4JETS.pack(temp.resolve("susy.tar.gz")));
        List<String> plots = bag.files.keySet().stream()
                .filter(f -> f.startsWith(BagLayout.PLOTS_DIRECTORY))
                .toList();
        assertEquals(65 + 1, plots.size(), plots.toString());
        String manifest = new String(
                bag.files.get(ManifestKind.PAYLOAD.fileName(DigestAlgorithm.SHA256)), StandardCharsets.UTF_8);
        plots.forEach(
                plot -> assertTrue(manifest.contains("  " + plot + "\n"), plot + " is listed in the payload manifest"));

        String feature = text(bag, PLOTS + "inputs/input.1/ht_bjet.svg");
        assertTrue(feature.contains(">ht_bjet [GeV]<"), "the axis names the feature and its unit");
        assertTrue(feature.contains(">800<"), "physical values (GeV), not the model-ready ones (GeV / 100)");
        String output = text(bag, PLOTS + "outputs/39.svg");
        assertTrue(
                output.contains(">SR-NN-4j (1 lepton, exactly 4 jets, &gt;= 4 b-jets): &gt; 0.73<"),
                "the working point is drawn");
        assertTrue(
                output.contains(">sum of weights<") && !output.contains(">events<"),
                "filled with the reference weights");
        assertTrue(feature.contains(">sum of weights<"), "the inputs too");
    }

    @Test
    void withoutReferenceWeightsEveryEventCountsOnce() throws Exception {
        Path folder = Examples.HH_RESDNN_EVEN.copyTo(temp.resolve("unweighted"));
        Path descriptor = folder.resolve("capsule.yaml");
        String yaml = Files.readString(descriptor);
        assertTrue(yaml.contains(HH_WEIGHTS), "the HH example declares reference weights");
        Files.writeString(descriptor, yaml.replace(HH_WEIGHTS, ""));
        Path archive = temp.resolve("hh.tar.gz");
        Packager.pack(PackOptions.of(descriptor, archive));
        BagSurgery bag = BagSurgery.open(archive);
        List<String> plots = bag.files.keySet().stream()
                .filter(f -> f.startsWith(BagLayout.PLOTS_DIRECTORY))
                .toList();
        assertEquals(10 + 1, plots.size(), plots.toString());
        plots.forEach(plot -> assertTrue(text(bag, plot).contains(">events<"), plot));
        assertTrue(
                text(bag, "data/validation/plots/resdnn_even/outputs/dense_3.svg")
                        .contains(">illustrative DNN &gt; 0.8 (not an ATLAS working point): &gt; 0.8<"),
                "the working point is drawn");
    }

    /**
     * A JVM whose font system sees only Capsule's own font (fontconfig given Capsule's configuration, no cache of the
     * system's fonts in its home), in another locale, packs the same bytes as this JVM, which sees the system's fonts.
     */
    @Test
    void aJvmThatSeesNoSystemFontPacksTheSameBytes() throws Exception {
        String fonts = run(
                Map.of(
                        "FONTCONFIG_FILE",
                        CAPSULE_FONTS.toString(),
                        "XDG_CACHE_HOME",
                        temp.resolve("cache").toString()),
                "fc-list",
                "--format",
                "%{family}|%{file}\n");
        assertEquals(
                "DejaVu Sans|" + CAPSULE_FONTS.resolveSibling("DejaVuSans.ttf") + "\n",
                fonts,
                "Capsule's configuration lists its font only");

        byte[] here = Files.readAllBytes(Examples.SUSY_4JETS.pack(temp.resolve("here.tar.gz")));
        Path emptyHome = Files.createDirectories(temp.resolve("home"));
        Launcher.Run fork = Launcher.run(
                temp,
                Map.of(
                        "JAVA_OPTS",
                        "-Djava.awt.headless=true -Duser.home=" + emptyHome + " -Duser.language=de -Duser.country=DE",
                        "XDG_CACHE_HOME",
                        temp.resolve("cache").toString(),
                        "TZ",
                        "Pacific/Kiritimati"),
                "pack",
                Examples.SUSY_4JETS.descriptor().toString(),
                "-o",
                "fork.tar.gz");
        assertEquals(0, fork.exitCode(), fork.all());
        assertArrayEquals(here, Files.readAllBytes(temp.resolve("fork.tar.gz")));
    }

    private static String text(BagSurgery bag, String file) {
        assertTrue(bag.files.containsKey(file), file + " is in the archive");
        return new String(bag.files.get(file), StandardCharsets.UTF_8);
    }

    private String run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        return out;
    }
}

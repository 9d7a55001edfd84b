package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hep.capsule.internal.packager.PackException;
import hep.capsule.internal.packager.PackOptions;
import hep.capsule.internal.packager.Packager;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HH network's variables file says {@code (x - offset) / scale} with offset = mean and scale = sigma; its ONNX
 * metadata stores {@code -mean} and {@code 1/sigma} for {@code (x + offset) * scale}. The capsule declares the first;
 * its stored model-ready inputs, from which the reference outputs were computed, prove which numbers go with which
 * formula: the mixed-up reading (the metadata's numbers in the variables file's formula) is refused, naming the event
 * and the feature, while the metadata's numbers in the metadata's own formula give the very same float32 inputs.
 */
class NormalisationConventionTest {
    @TempDir
    static Path temp;

    static Path readyInputs;

    @BeforeAll
    static void packTheExampleAndKeepItsModelReadyInputs() throws Exception {
        BagSurgery bag = BagSurgery.open(Examples.HH_RESDNN_EVEN.pack(temp.resolve("hh.tar.gz")));
        readyInputs =
                Files.write(temp.resolve("ready.npy"), bag.files.get("data/reference/resdnn_even/inputs/input.npy"));
    }

    /**
     * A copy of the example declaring the given model-ready inputs and the normalisation written by {@code rewrite}.
     */
    private static Path variant(String name, java.util.function.UnaryOperator<String> rewrite) throws Exception {
        Path folder = Examples.HH_RESDNN_EVEN.copyTo(temp.resolve(name));
        Files.copy(readyInputs, folder.resolve("ready.npy"));
        String yaml = Files.readString(folder.resolve("capsule.yaml"));
        String declared = rewrite.apply(yaml.replace(
                "raw_reference: raw_reference_inputs.npy",
                "raw_reference: raw_reference_inputs.npy\n        reference: ready.npy"));
        Files.writeString(folder.resolve("capsule.yaml"), declared);
        return folder.resolve("capsule.yaml");
    }

    private static JsonNode variables() throws Exception {
        return new ObjectMapper()
                .readTree(Examples.HH_RESDNN_EVEN
                        .folder()
                        .resolve("ANA-HIGP-2024-32_resDNN_model_even_variables.json")
                        .toFile());
    }

    /** Replaces the offset and scale of the first feature (htbjet) with other numbers, and possibly the formula. */
    private static java.util.function.UnaryOperator<String> firstFeature(String formula, double offset, double scale)
            throws Exception {
        JsonNode v = variables();
        String published = "formula: (x - offset) / scale\n              offset: "
                + v.path("offset").get(0).asText() + "\n              scale: "
                + v.path("scale").get(0).asText();
        return yaml -> {
            assertTrue(yaml.contains(published), "the example declares the variables file's numbers for htbjet");
            return yaml.replaceFirst(
                    java.util.regex.Pattern.quote(published),
                    "formula: " + formula + "\n              offset: " + offset + "\n              scale: " + scale);
        };
    }

    @Test
    void theDeclaredConventionReproducesTheStoredInputs() throws Exception {
        Packager.pack(PackOptions.of(variant("as-declared", yaml -> yaml), temp.resolve("as-declared.tar.gz")));
    }

    @Test
    void theOnnxMetadataNumbersReadWithTheVariablesFileFormulaAreRefused() throws Exception {
        JsonNode v = variables();
        double mean = v.path("offset").get(0).asDouble();
        double sigma = v.path("scale").get(0).asDouble();
        Path descriptor = variant("metadata-numbers", firstFeature("(x - offset) / scale", -mean, 1 / sigma));
        PackException e = assertThrows(
                PackException.class, () -> Packager.pack(PackOptions.of(descriptor, temp.resolve("wrong.tar.gz"))));
        assertTrue(e.getMessage().contains("event 0, feature htbjet"), e.getMessage());
    }

    /** Evaluated in float64 and rounded once to float32, the two consistent readings give the same model inputs. */
    @Test
    void theMetadataNumbersWithTheMetadataConventionGiveTheSameFloat32Inputs() throws Exception {
        JsonNode v = variables();
        double mean = v.path("offset").get(0).asDouble();
        double sigma = v.path("scale").get(0).asDouble();
        Path descriptor = variant("metadata-convention", firstFeature("(x + offset) * scale", -mean, 1 / sigma));
        Packager.pack(PackOptions.of(descriptor, temp.resolve("equivalent.tar.gz")));
    }
}

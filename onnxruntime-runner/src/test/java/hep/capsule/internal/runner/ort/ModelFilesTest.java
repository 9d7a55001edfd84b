package hep.capsule.internal.runner.ort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The copied models are byte for byte the published files, and NOTICE.md says so. */
class ModelFilesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ANA-HIGP-2024-32_resDNN_model_even.onnx, c179a231bd297dddb6ab946a882e7ea3357daef5ec3a77ef88e6ba29448c59e9",
        "OneLeptonMultiJets2018_4jets.onnx, 6260b2edfffe49a0355ac47c6c1ae1b2ae5f91ef9033de26637c3b61c0d8b9f9",
    })
    void isThePublishedFile(String name, String sha256) throws Exception {
        String actual =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(TestModels.bytes(name)));
        assertEquals(sha256, actual);
        assertTrue(notice().contains("| " + name + " |") && notice().contains(sha256), "NOTICE.md must list " + name);
    }

    private static String notice() throws IOException {
        try (InputStream in = ModelFilesTest.class.getResourceAsStream("/models/NOTICE.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.packager.ExternalDataException;
import hep.capsule.internal.packager.SelfContainedModel;
import hep.capsule.internal.runner.onnx.ExternalTensor;
import hep.capsule.internal.runner.ort.OnnxRuntimeRunner;
import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What capsule pack and init read of a model's external data: only the range named, of a regular file beside the model.
 */
class SelfContainedModelTest {
    private static final long LIMIT = 1 << 20;

    @TempDir
    Path temp;

    Path folder;
    Path model;

    @BeforeEach
    void aModelFolderWithWeightsAndAFileOutsideIt() throws Exception {
        folder = Files.createDirectories(temp.resolve("model"));
        model = folder.resolve("model.onnx");
        ByteBuffer weights = ByteBuffer.allocate(8 + ExternalDataModels.WEIGHTS.length * Float.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putLong(-1L);
        for (float w : ExternalDataModels.WEIGHTS) {
            weights.putFloat(w);
        }
        Files.createDirectories(folder.resolve("sub"));
        Files.write(folder.resolve("sub/w.bin"), weights.array());
        Files.write(temp.resolve("outside.bin"), weights.array());
    }

    @Test
    void theNamedRangeBecomesTheTensorsDataAndTheModelRunsTheSame() throws Exception {
        byte[] external = ExternalDataModels.external("./sub/w.bin", "8", ExternalDataModels.LENGTH);
        SelfContainedModel inlined =
                SelfContainedModel.of(model, external, LIMIT).orElseThrow();
        assertEquals(List.of(), ExternalTensor.in(inlined.bytes()));
        assertArrayEquals(
                inlined.bytes(),
                SelfContainedModel.of(model, external, LIMIT).orElseThrow().bytes(),
                "deterministic");
        Tensor x = new Tensor(
                ElementType.FLOAT32,
                new long[] {1, 2},
                ByteBuffer.allocate(8)
                        .order(ByteOrder.LITTLE_ENDIAN)
                        .putFloat(1)
                        .putFloat(2)
                        .array());
        try (OnnxRuntimeRunner self = OnnxRuntimeRunner.load(inlined.bytes(), "self-contained");
                OnnxRuntimeRunner plain = OnnxRuntimeRunner.load(ExternalDataModels.inline(), "plain")) {
            assertArrayEquals(
                    plain.run(Map.of("x", x)).get("y").data(),
                    self.run(Map.of("x", x)).get("y").data());
        }
    }

    @Test
    void withoutAnOffsetAndALengthTheWholeFileIsTheData() throws Exception {
        Files.write(
                folder.resolve("all.bin"), Arrays.copyOfRange(Files.readAllBytes(folder.resolve("sub/w.bin")), 8, 264));
        byte[] whole = SelfContainedModel.of(model, ExternalDataModels.external(Map.of("location", "all.bin")), LIMIT)
                .orElseThrow()
                .bytes();
        byte[] range = SelfContainedModel.of(
                        model, ExternalDataModels.external("sub/w.bin", "8", ExternalDataModels.LENGTH), LIMIT)
                .orElseThrow()
                .bytes();
        assertEquals(whole.length, range.length);
    }

    @Test
    void aModelWithoutExternalDataIsLeftAlone() throws Exception {
        assertEquals(Optional.empty(), SelfContainedModel.of(model, ExternalDataModels.inline(), LIMIT));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "../outside.bin|0|16|it leaves the model's folder",
                "sub/../../outside.bin|0|16|it leaves the model's folder",
                "missing.bin|0|16|there is no such file beside the model",
                "sub|0|16|it is not a regular file",
                "sub\\w.bin|0|16|a location must be a non-empty relative path",
                "sub/w.bin|1000|16|its offset 1000 is beyond the end of the file (264 bytes)",
                "sub/w.bin|16|256|offset 16 and length 256 reach beyond the end of the file (264 bytes)",
                "sub/w.bin|0|9223372036854775807|offset 0 and length 9223372036854775807 reach beyond the end",
                "sub/w.bin|-8|16|its offset is not a whole number of bytes",
                "sub/w.bin|0x8|16|its offset is not a whole number of bytes",
                "sub/w.bin|0|99999999999999999999|its length is not a whole number of bytes"
            })
    void anythingElseIsRefusedNamingTheModelTheTensorAndTheReason(
            String location, String offset, String length, String reason) {
        ExternalDataException e = assertThrows(
                ExternalDataException.class,
                () -> SelfContainedModel.of(model, ExternalDataModels.external(location, offset, length), LIMIT));
        assertTrue(
                e.getMessage()
                        .startsWith(model + ": tensor \"w\" (graph, initializer) keeps its data in an external file \""
                                + location.replace("\\", "\\u005c") + "\", which is refused: " + reason),
                e.getMessage());
    }

    @Test
    void aLinkOutOfTheFolderIsRefusedAndALinkInsideItIsFollowed() throws Exception {
        Files.createSymbolicLink(folder.resolve("out.bin"), temp.resolve("outside.bin"));
        Files.createSymbolicLink(folder.resolve("in.bin"), folder.resolve("sub/w.bin"));
        ExternalDataException e = assertThrows(
                ExternalDataException.class,
                () -> SelfContainedModel.of(
                        model, ExternalDataModels.external("out.bin", "8", ExternalDataModels.LENGTH), LIMIT));
        assertTrue(e.getMessage().contains("it is a link that leads out of the model's folder"), e.getMessage());
        assertTrue(SelfContainedModel.of(
                        model, ExternalDataModels.external("in.bin", "8", ExternalDataModels.LENGTH), LIMIT)
                .isPresent());
    }

    @Test
    void moreThanTheTensorLimitIsRefusedNamingTheOption() {
        ExternalDataException e = assertThrows(
                ExternalDataException.class,
                () -> SelfContainedModel.of(
                        model, ExternalDataModels.external("sub/w.bin", "8", ExternalDataModels.LENGTH), 255));
        assertTrue(
                e.getMessage()
                        .contains(
                                "its 256 bytes are more than the limit of 255 bytes on one tensor (--max-tensor-size)"),
                e.getMessage());
    }
}

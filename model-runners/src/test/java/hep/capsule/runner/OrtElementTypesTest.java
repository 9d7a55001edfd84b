package hep.capsule.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hep.capsule.tensor.ElementType;
import hep.capsule.tensor.Tensor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every element type goes into onnxruntime and comes back bit for bit (through an Identity model). */
class OrtElementTypesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"FLOAT32, 1", "FLOAT64, 11", "INT32, 6", "INT64, 7", "BOOL, 9"})
    void roundTripsBits(ElementType type, int onnxCode) throws Exception {
        try (OnnxRuntimeRunner runner = OnnxRuntimeRunner.load(IdentityModel.of(onnxCode), "identity.onnx")) {
            TensorSpec spec = new TensorSpec("x", type, Arrays.asList(null, 3L));
            assertEquals(List.of(spec), runner.signature().inputs());
            byte[] data = new byte[4 * 3 * type.byteWidth()];
            new Random(onnxCode).nextBytes(data);
            if (type == ElementType.BOOL) {
                for (int i = 0; i < data.length; i++) {
                    data[i] &= 1;
                }
            }
            Tensor input = new Tensor(type, new long[] {4, 3}, data);
            Tensor output = runner.run(Map.of("x", input)).get("y");
            assertEquals(type, output.type());
            assertArrayEquals(input.shape(), output.shape());
            assertArrayEquals(data, output.data());
        }
    }

    @Test
    void refusesAModelWithAnUnsupportedType() {
        ModelExecutionException e = assertThrows(ModelExecutionException.class,
                () -> OnnxRuntimeRunner.load(IdentityModel.of(IdentityModel.UINT8), "u8.onnx"));
        assertEquals("u8.onnx: input 'x' has element type UINT8; "
                + "Capsule supports float32, float64, int32, int64 and bool", e.getMessage());
    }
}

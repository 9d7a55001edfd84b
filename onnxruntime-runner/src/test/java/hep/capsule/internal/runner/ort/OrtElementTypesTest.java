package hep.capsule.internal.runner.ort;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.TensorSpec;
import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Tensor;
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
    @CsvSource({
        "FLOAT32, 1",
        "FLOAT64, 11",
        "INT32, 6",
        "INT64, 7",
        "BOOL, 9",
        "FLOAT16, 10",
        "INT8, 3",
        "INT16, 5",
        "UINT8, 2"
    })
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
    void refusesAnInputOnnxruntimesJavaApiCannotMake() {
        ModelExecutionException e = assertThrows(
                ModelExecutionException.class, () -> OnnxRuntimeRunner.load(IdentityModel.of(4), "u16.onnx"));
        assertEquals(
                "u16.onnx: input 'x' has element type uint16, which onnxruntime's Java API cannot make tensors of"
                        + " (it has no unsigned types wider than 8 bits); Capsule reads uint16 outputs, but "
                        + "cannot feed such an input",
                e.getMessage());
    }

    @Test
    void refusesATypeNpyCannotHold() {
        ModelExecutionException e = assertThrows(
                ModelExecutionException.class, () -> OnnxRuntimeRunner.load(IdentityModel.of(16), "bf16.onnx"));
        assertEquals(
                "bf16.onnx: input 'x' has element type BFLOAT16: NPY cannot hold bfloat16 values (numpy has "
                        + "no such type),"
                        + " so Capsule cannot store its reference values; the element types Capsule supports are "
                        + "float16, float32, float64, int8, int16, int32, int64, uint8, uint16, uint32, "
                        + "uint64 and bool",
                e.getMessage());
    }
}

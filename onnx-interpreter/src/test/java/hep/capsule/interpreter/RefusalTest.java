package hep.capsule.interpreter;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.runner.onnx.OnnxModelBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Models the interpreter cannot run are refused when loaded, naming the operator and opset. */
class RefusalTest {

    @Test
    void anUnknownOperatorIsRefusedWithItsNameAndOpset() {
        byte[] model = new OnnxModelBuilder(13).input("x", OnnxModelBuilder.FLOAT, -1, 4).output("y", OnnxModelBuilder.FLOAT)
                .node("HardSwish", List.of("x"), List.of("y")).build();
        UnsupportedOperatorException e = assertThrows(UnsupportedOperatorException.class,
                () -> JavaOnnxRunner.load(model, "m.onnx"));
        assertTrue(e.getMessage().contains("m.onnx: node HardSwish_0 uses operator HardSwish, ai.onnx opset 13"), e.getMessage());
    }

    @Test
    void anOperatorAbsentFromTheModelsOpsetIsRefused() {
        byte[] model = new OnnxModelBuilder(8).input("x", OnnxModelBuilder.FLOAT, -1, 4).output("y", OnnxModelBuilder.FLOAT)
                .node("Where", List.of("x", "x", "x"), List.of("y")).build();
        UnsupportedOperatorException e = assertThrows(UnsupportedOperatorException.class,
                () -> JavaOnnxRunner.load(model, "m.onnx"));
        assertTrue(e.getMessage().contains("Where, ai.onnx opset 8"), e.getMessage());
    }

    @Test
    void anOpsetNewerThanTheInterpreterIsRefused() {
        byte[] model = new OnnxModelBuilder(99).input("x", OnnxModelBuilder.FLOAT, -1, 4).output("y", OnnxModelBuilder.FLOAT)
                .node("Relu", List.of("x"), List.of("y")).build();
        UnsupportedOperatorException e = assertThrows(UnsupportedOperatorException.class,
                () -> JavaOnnxRunner.load(model, "m.onnx"));
        assertTrue(e.getMessage().contains("Relu of domain ai.onnx at opset 99; the interpreter supports ai.onnx opsets 7 to 23"),
                e.getMessage());
    }

    @Test
    void aBadAttributeIsRefusedBeforeRunning() {
        byte[] model = new OnnxModelBuilder(13).input("x", OnnxModelBuilder.FLOAT, -1, 4).output("y", OnnxModelBuilder.FLOAT)
                .node("Concat", List.of("x", "x"), List.of("y")).build();
        UnsupportedOperatorException e = assertThrows(UnsupportedOperatorException.class,
                () -> JavaOnnxRunner.load(model, "m.onnx"));
        assertTrue(e.getMessage().contains("(Concat, ai.onnx opset 13): the required attribute 'axis' is missing"), e.getMessage());
    }
}

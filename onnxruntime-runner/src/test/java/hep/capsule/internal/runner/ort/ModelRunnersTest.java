package hep.capsule.internal.runner.ort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.schema.ModelFormat;
import org.junit.jupiter.api.Test;

/** An ONNX model opened through {@link ModelRunners} runs in onnxruntime, with the pinned session options. */
class ModelRunnersTest {

    @Test
    void onnxOpensInOnnxruntime() throws Exception {
        try (ModelRunner factory = ModelRunners.open(ModelFormat.ONNX, TestModels.bytes(TestModels.HH), TestModels.HH);
                OnnxRuntimeRunner direct = TestModels.load(TestModels.HH)) {
            assertEquals("onnxruntime", factory.settings().runtime());
            assertEquals(direct.settings(), factory.settings());
            assertEquals(direct.signature(), factory.signature());
        }
    }
}

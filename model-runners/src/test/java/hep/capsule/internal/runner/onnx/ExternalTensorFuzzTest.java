package hep.capsule.internal.runner.onnx;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Every ONNX model of an archive passes through {@link ExternalTensor#in} before an engine sees it: on any bytes it may
 * only return, or refuse with a {@link MalformedOnnxException}, never overflow the stack or throw anything else.
 */
class ExternalTensorFuzzTest {

    @FuzzTest
    void findExternalData(byte[] model) {
        try {
            for (ExternalTensor tensor : ExternalTensor.in(model)) {
                tensor.describe();
            }
        } catch (MalformedOnnxException expected) {
            // a declared refusal
        }
    }
}

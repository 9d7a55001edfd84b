package hep.capsule.internal.tensor;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * NPY files come from hostile archives: decoding may only end in an {@link NpyFormatException}. Seeds: the
 * numpy-written fixtures, in {@code NpyFuzzTestInputs}.
 */
class NpyFuzzTest {

    @FuzzTest
    void decode(byte[] file) {
        try {
            Npy.decode(file, "fuzz.npy", NpyLimits.defaults()).describe();
        } catch (NpyFormatException expected) {
            // a declared refusal
        }
    }
}

package hep.capsule.internal.schema;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * capsule.yaml is written by people and capsule.json comes from hostile archives: loading either may only end in a
 * {@link DescriptorException}. Seeds: the example descriptors and a packed capsule.json, in
 * {@code DescriptorFuzzTestInputs}.
 */
class DescriptorFuzzTest {

    @FuzzTest
    void yaml(byte[] content) {
        try {
            new DescriptorLoader().load(new String(content, StandardCharsets.UTF_8), "capsule.yaml");
        } catch (DescriptorException expected) {
            // a declared refusal
        }
    }

    @FuzzTest
    void capsuleJson(byte[] content) {
        try {
            CapsuleMetadata.read(content, "capsule.json");
        } catch (DescriptorException expected) {
            // a declared refusal
        }
    }
}

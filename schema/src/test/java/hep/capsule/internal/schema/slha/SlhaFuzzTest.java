package hep.capsule.internal.schema.slha;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * SLHA cards are packed as signal models and read back years later: reading and linting may only end in an
 * {@link SlhaFormatException}. Seeds: the real ATLAS template card and small cards, in {@code SlhaFuzzTestInputs}.
 */
class SlhaFuzzTest {

    @FuzzTest
    void read(byte[] card) {
        try {
            SlhaDocument document = new SlhaReader().read(card, "fuzz.slha");
            SlhaLint.check(document);
            document.blocks()
                    .forEach(block ->
                            block.entries().forEach(entry -> entry.value().number()));
        } catch (SlhaFormatException expected) {
            // a declared refusal
        }
    }
}

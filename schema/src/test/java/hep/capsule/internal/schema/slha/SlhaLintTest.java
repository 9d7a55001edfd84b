package hep.capsule.internal.schema.slha;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlhaLintTest {

    private static List<String> lint(String card) throws SlhaFormatException {
        return SlhaLint.check(new SlhaReader().read(card.getBytes(StandardCharsets.UTF_8), "card.slha")).stream()
                .map(SlhaProblem::toString)
                .toList();
    }

    @Test
    void aFilledInCardHasNoFindings() throws Exception {
        assertEquals(List.of(), lint("""
                BLOCK SPINFO
                   1  SuSpect
                   2  2.41
                BLOCK MASS
                   1000006  4.0E+02
                DECAY 1000006 1.0
                   1.0  2  1000022  6
                """));
    }

    @Test
    void namesEveryPlaceholderWithItsLineBlockAndEntry() throws Exception {
        assertEquals(
                List.of(
                        "card.slha:1: BLOCK HMIX scale Q= is \"MSUSY\", not a number: this card is a "
                                + "template; fill in the scales before using it as the signal model",
                        "card.slha:3: BLOCK MASS entry 1000006 is \"MSTOP\", not a number: this card is a "
                                + "template; fill in the masses before using it as the signal model",
                        "card.slha:5: BLOCK STOPMIX entry 1 2 is \"SINT\", not a number: this card is a "
                                + "template; fill in the values before using it as the signal model",
                        "card.slha:7: BLOCK ALPHA value is \"ALPHA\", not a number: this card is a "
                                + "template; fill in the values before using it as the signal model",
                        "card.slha:8: DECAY 1000006 width is \"Auto\", not a number: this card is a "
                                + "template; fill in the widths before using it as the signal model",
                        "card.slha:9: DECAY 1000006 branching ratio to 1000022 6 is \"BR1\", not a number: "
                                + "this card is a template; fill in the branching ratios before using it as "
                                + "the signal model"),
                lint("""
                        BLOCK HMIX Q= MSUSY
                        BLOCK MASS
                           1000006  MSTOP   # ~t_1
                        BLOCK STOPMIX
                           1  2  SINT
                        BLOCK ALPHA
                           ALPHA
                        DECAY 1000006 Auto
                           BR1  2  1000022  6
                        """));
    }
}

package hep.capsule.internal.schema.slha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlhaReaderTest {

    private static SlhaDocument read(String card) throws SlhaFormatException {
        return new SlhaReader().read(card.getBytes(StandardCharsets.UTF_8), "card.slha");
    }

    private static List<String> problems(String card) {
        return assertThrows(SlhaFormatException.class, () -> read(card)).problems().stream()
                .map(SlhaProblem::toString)
                .toList();
    }

    @Test
    void readsBlocksWithScalesMatricesAndValuesWithoutIndex() throws Exception {
        SlhaDocument card = read("""
                # a comment line
                BLOCK MASS  # Mass Spectrum
                   1000022    -9.7E+01   # ~chi_10
                BLOCK NMIX
                  1  2   -6.6D-03
                Block hmix Q=  5.7E+02  # DRbar
                     1     2.0E+03
                BLOCK ALPHA
                          -1.05E-01
                BLOCK SPINFO
                     1   SOFTSUSY
                     3   a warning with words
                """);
        SlhaBlock mass = card.blocks().get(0);
        assertEquals("MASS", mass.name());
        assertEquals("Mass Spectrum", mass.comment());
        assertEquals(
                new SlhaEntry(3, List.of(1000022), new SlhaValue("-9.7E+01"), "~chi_10"),
                mass.entries().get(0));
        assertEquals(-97.0, mass.entries().get(0).value().number().orElseThrow());
        assertEquals(List.of(1, 2), card.blocks().get(1).entries().get(0).indices());
        assertEquals(
                -6.6e-3, card.blocks().get(1).entries().get(0).value().number().orElseThrow());
        assertEquals(Optional.of(new SlhaValue("5.7E+02")), card.blocks().get(2).scale());
        assertTrue(card.blocks().get(2).is("HMIX"));
        assertEquals(List.of(), card.blocks().get(3).entries().get(0).indices());
        assertEquals(
                "a warning with words",
                card.blocks().get(4).entries().get(1).value().text());
    }

    @Test
    void acceptsEveryWayOfWritingTheScale() throws Exception {
        for (String header : List.of("BLOCK YU Q=1.0E3", "BLOCK YU Q= 1.0E3", "BLOCK YU q = 1.0E3")) {
            assertEquals(
                    Optional.of(new SlhaValue("1.0E3")),
                    read(header + "\n").blocks().get(0).scale(),
                    header);
        }
        SlhaBlock qnumbers =
                read("BLOCK QNUMBERS 1000039  # gravitino\n").blocks().get(0);
        assertEquals(Optional.empty(), qnumbers.scale());
        assertEquals("1000039", qnumbers.argument());
    }

    @Test
    void readsDecayTablesWithTwoAndThreeBodyRows() throws Exception {
        SlhaDocument card = read("""
                DECAY   1000006     6.85E-01   # stop1 decays
                #          BR         NDA      ID1       ID2       ID3
                     5.0E-01    2     1000022         6   # BR(~t_1 -> ~chi_10 t)
                     5.0E-01    3     1000022         5        24
                DECAY        23     2.4952E+00
                """);
        SlhaDecay stop = card.decays().get(0);
        assertEquals(1000006, stop.pdg());
        assertEquals(0.685, stop.width().number().orElseThrow());
        assertEquals(List.of(1000022, 5, 24), stop.channels().get(1).daughters());
        assertEquals("BR(~t_1 -> ~chi_10 t)", stop.channels().get(0).comment());
        assertEquals(List.of(), card.decays().get(1).channels());
    }

    @Test
    void keepsPlaceholdersAsTextForTheLint() throws Exception {
        SlhaValue value = read("BLOCK MASS\n   1000006   MSTOP   # ~t_1\n")
                .blocks()
                .get(0)
                .entries()
                .get(0)
                .value();
        assertEquals("MSTOP", value.text());
        assertTrue(value.number().isEmpty());
    }

    @Test
    void numbersAreDecimalOnly() {
        for (String text : List.of("NaN", "Infinity", "0x1p3", "1.0f", "1e", "", "1.2.3", "--1")) {
            assertTrue(new SlhaValue(text).number().isEmpty(), text);
        }
    }

    @Test
    void namesEveryProblemWithItsLine() {
        assertEquals(
                List.of(
                        "card.slha:1: a data line before any BLOCK or DECAY",
                        "card.slha:2: BLOCK has no name: write BLOCK NAME, optionally followed by Q= scale",
                        "card.slha:4: write DECAY PDG WIDTH, found \"DECAY 6\"",
                        "card.slha:6: the PDG code \"top\" of DECAY is not a 32-bit integer",
                        "card.slha:8: a decay row is BR NDA ID1 ... IDNDA, with NDA the number of daughter "
                                + "PDG codes that follow; found \"1.0 3 5 24\"",
                        "card.slha:9: the daughter PDG code \"W+\" is not a 32-bit integer",
                        "card.slha:10: write XSECTION SQRTS A B NFINAL PDG1 ... PDGNFINAL, with NFINAL the "
                                + "number of final-state PDG codes"
                                + " that follow; found \"XSECTION 13000 2212 2212\""),
                problems("""
                          1  2.0
                        BLOCK
                          3  4.0
                        DECAY 6
                          1.0  2  5  24
                        DECAY top 1.5
                        DECAY 6 1.5
                          1.0  3  5  24
                          1.0  2  5  W+
                        XSECTION 13000 2212 2212
                          0 0 1.0
                        """));
    }

    @Test
    void refusesIndicesBeyond32Bits() {
        assertEquals(
                List.of("card.slha:2: the index \"9999999999\" is not a 32-bit integer"),
                problems("BLOCK MASS\n  9999999999  1.0\n"));
    }

    @Test
    void enforcesItsLimits() {
        SlhaReader small = new SlhaReader(new SlhaLimits(64, 16, 2));
        assertEquals(
                "card.slha: is 65 bytes, more than the limit of 64 for an SLHA file",
                assertThrows(SlhaFormatException.class, () -> small.read(new byte[65], "card.slha"))
                        .getMessage());
        assertEquals(
                "card.slha:2: the line is 19 bytes long, more than the limit of 16",
                assertThrows(
                                SlhaFormatException.class,
                                () -> small.read(
                                        "BLOCK A\n 1 2345678901234567\n".getBytes(StandardCharsets.UTF_8), "card.slha"))
                        .getMessage());
        assertEquals(
                "card.slha:4: more than 2 data lines (limit)",
                assertThrows(
                                SlhaFormatException.class,
                                () -> small.read(
                                        "BLOCK A\n 1 2\n 2 3\n 3 4\n".getBytes(StandardCharsets.UTF_8), "card.slha"))
                        .getMessage());
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] card = {'B', 'L', 'O', 'C', 'K', ' ', 'A', '\n', ' ', '1', ' ', (byte) 0xFF, '\n'};
        assertEquals(
                "card.slha:2: the line is not UTF-8 text (SLHA files are plain ASCII)",
                assertThrows(SlhaFormatException.class, () -> new SlhaReader().read(card, "card.slha"))
                        .getMessage());
    }

    @Test
    void keepsTheFirstHundredProblemsAndCountsTheRest() {
        SlhaFormatException e = assertThrows(SlhaFormatException.class, () -> read(" 1 1\n".repeat(150)));
        assertEquals(100, e.problems().size());
        assertTrue(e.getMessage().endsWith("... and 50 more problems"), e.getMessage());
    }
}

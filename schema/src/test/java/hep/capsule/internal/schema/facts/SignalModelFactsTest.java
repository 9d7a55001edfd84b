package hep.capsule.internal.schema.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.schema.slha.SlhaReader;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalModelFactsTest {
    /**
     * A filled SLHA2 card with a matrix block, a Q= scale, decays and an XSECTION block (format of arXiv:1203.1488).
     */
    private static final String FILLED = """
            BLOCK SPINFO   # Spectrum calculator information
                 1   SOFTSUSY    # spectrum calculator
                 2   4.1.7       # version number
            BLOCK MASS  # Mass Spectrum
            # PDG code           mass       particle
                     6     1.72500000E+02   # M_t
               1000006     1.20000000E+03   # ~t_1
               1000022     4.00000000E+02   # ~chi_10
               1000024     6.00000000E+02   # ~chi_1+
               1000021     5.00000000E+05   # ~g
            BLOCK USQMIX Q=  1.00000000E+03  # SLHA2 squark mixing
              1  1     1.00000000E+00   # R_11
              6  6     9.80000000E-01   # R_66
            DECAY   1000006     2.53000000E+01   # stop1 decays
            #          BR         NDA      ID1       ID2
                 2.00000000E-01    2     1000022         6   # BR(~t_1 -> ~chi_10 t )
                 8.00000000E-01    2     1000024         5   # BR(~t_1 -> ~chi_1+ b )
                 0.00000000E+00    2     1000021         6   # BR(~t_1 -> ~g t )
            DECAY   1000022     0.00000000E+00   # ~chi_10 stable
            XSECTION  1.30E+04  2212 2212 2 1000006 -1000006 # NLO+NLL
              0  0  0  0  0  0    4.32E-03 NNLL-fast 1.1
              1  0  0  0  0  0    4.10E-03 NNLL-fast 1.1
            """;

    @Test
    void aFilledSlha2CardGivesItsNewParticlesWidthsLeadingDecaysAndCrossSection() throws Exception {
        SlhaFacts facts =
                SlhaFactsReader.of(new SlhaReader().read(FILLED.getBytes(StandardCharsets.UTF_8), "filled.slha"));

        assertEquals("SLHA2", facts.slhaVersion());
        assertFalse(facts.template());
        assertEquals("masses set", facts.status());
        assertEquals(
                List.of(1000006, 1000022, 1000024, 1000021),
                facts.newParticles().stream().map(SlhaFacts.Particle::pdg).toList(),
                "the top quark (6) is no new particle");
        SlhaFacts.Particle stop = facts.newParticles().get(0);
        assertEquals("~t_1", stop.name());
        assertEquals(new BigDecimal("1.20000000E+03"), stop.massGev());
        assertEquals(new BigDecimal("2.53000000E+01"), stop.width());
        assertEquals(
                List.of(List.of(1000024, 5), List.of(1000022, 6)),
                stop.leadingDecays().stream().map(SlhaFacts.Decay::daughters).toList(),
                "largest first, a zero branching ratio left out");
        assertNull(facts.newParticles().get(2).width(), "the chargino has no DECAY table");
        SlhaFacts.CrossSection xsec = facts.crossSections().get(0);
        assertEquals(new BigDecimal("1.30E+04"), xsec.sqrtS());
        assertEquals(List.of(2212, 2212), xsec.beams());
        assertEquals(List.of(1000006, -1000006), xsec.finalState());
        assertEquals(new BigDecimal("4.32E-03"), xsec.crossSection());
        assertEquals("NNLL-fast 1.1", xsec.code());
    }

    @Test
    void theTemplateCardOfTheSusyExampleSaysMassesNotSet() throws Exception {
        byte[] card;
        try (InputStream in = SignalModelFactsTest.class.getResourceAsStream(
                "/hep/capsule/internal/schema/slha/SlhaFuzzTestInputs/read/param_card.Gtt.slha")) {
            card = in.readAllBytes();
        }
        SlhaFacts facts = SlhaFactsReader.of(new SlhaReader().read(card, "param_card.Gtt.slha"));
        assertTrue(facts.template());
        assertEquals("template, masses not set", facts.status());
        assertEquals(List.of("MSTOP", "MLSP", "MCHAR"), facts.placeholders());
        assertEquals("SLHA1", facts.slhaVersion());
        SlhaFacts.Particle stop = facts.newParticles().stream()
                .filter(p -> p.pdg() == 1000006)
                .findFirst()
                .orElseThrow();
        assertEquals("MSTOP", stop.mass());
        assertNull(stop.massGev());
        assertEquals(2, stop.leadingDecays().size());
    }

    @Test
    void aMadGraphRunCardGivesBeamsSqrtSEventsPdfAndSeed() {
        GeneratorFacts run = GeneratorCardReader.madGraphRunCard("""
                #*********************************************************************
                #                       MadGraph5_aMC@NLO                            *
                  10000 = nevents ! Number of unweighted events requested
                  0   = iseed   ! rnd seed (0=assigned automatically=default))
                     1        = lpp1    ! beam 1 type
                     6500.0     = ebeam1  ! beam 1 total energy in GeV
                     6500.0     = ebeam2  ! beam 2 total energy in GeV
                     nn23lo1    = pdlabel     ! PDF set
                     230000    = lhaid     ! if pdlabel=lhapdf, this is the lhapdf number
                """);
        assertEquals(GeneratorCardReader.MADGRAPH, run.generator());
        assertEquals(0, new BigDecimal("13000").compareTo(run.sqrtS()));
        assertEquals(10000L, run.events());
        assertEquals("nn23lo1", run.pdf());
        assertEquals("230000", run.lhaid());
        assertEquals("0", run.seed());
        assertNull(run.version(), "the run card writes no version");
    }

    @Test
    void aMadGraphProcessCardGivesVersionModelsAndEveryProcessLine() {
        GeneratorFacts process = GeneratorCardReader.madGraphProcessCard("""
                #*         VERSION 3.4.1                 2022-09-01         *
                import model sm
                define p = g u c d s u~ c~ d~ s~
                import model MSSM_SLHA2
                generate p p > t1 t1~
                add process p p > x1+ n1
                output ../../testHiggsino
                """);
        assertEquals("3.4.1", process.version());
        assertEquals(List.of("sm", "MSSM_SLHA2"), process.models());
        assertEquals(List.of("generate p p > t1 t1~", "add process p p > x1+ n1"), process.processes());
    }

    @Test
    void aPythiaCommandFileGivesEventsBeamsPdfAndSeedButNoVersionFromProse() {
        String text = """
                ! from Pythia v8.223 onwards, the value 'guess' can be used
                Main:numberOfEvents      = 5000
                Beams:eCM = 13600.  ! collision energy
                PDF:pSet = LHAPDF6:NNPDF23_lo_as_0130_qed
                Random:setSeed = on
                Random:seed = 4711
                """;
        assertTrue(GeneratorCardReader.isPythiaCommands(text));
        GeneratorFacts pythia = GeneratorCardReader.pythiaCommands(text);
        assertEquals(5000L, pythia.events());
        assertEquals(new BigDecimal("13600."), pythia.sqrtS());
        assertEquals("LHAPDF6:NNPDF23_lo_as_0130_qed", pythia.pdf());
        assertEquals("4711", pythia.seed());
        assertNull(pythia.version());
        assertEquals(
                "8.310",
                GeneratorCardReader.pythiaCommands("! Pythia 8.310\nMain:numberOfEvents = 1\n")
                        .version());
    }
}

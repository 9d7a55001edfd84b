package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.packager.PackOptions;
import hep.capsule.internal.packager.Packager;
import hep.capsule.internal.schema.DescriptorLoader;
import hep.capsule.internal.schema.slha.SignalModelLint;
import hep.capsule.internal.schema.slha.SlhaBlock;
import hep.capsule.internal.schema.slha.SlhaDecay;
import hep.capsule.internal.schema.slha.SlhaDocument;
import hep.capsule.internal.schema.slha.SlhaProblem;
import hep.capsule.internal.schema.slha.SlhaReader;
import hep.capsule.internal.schema.slha.SlhaValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SUSY example's SLHA card is a template: the reader copes with it and the lint names its placeholders. */
class SignalModelLintTest {
    private static final Path CARD = Examples.SUSY_4JETS.folder().resolve("param_card.Gtt.slha");
    private static final List<String> PLACEHOLDERS = List.of(
            "param_card.Gtt.slha:93: BLOCK MASS entry 1000006 is \"MSTOP\", not a number: this card is a template;"
                    + " fill in the masses before using it as the signal model",
            "param_card.Gtt.slha:105: BLOCK MASS entry 1000022 is \"MLSP\", not a number: this card is a template;"
                    + " fill in the masses before using it as the signal model",
            "param_card.Gtt.slha:109: BLOCK MASS entry 1000024 is \"MCHAR\", not a number: this card is a template;"
                    + " fill in the masses before using it as the signal model");

    @TempDir
    static Path temp;

    @Test
    void readsTheRealCardWithItsScalesNegativeMassesMatricesAndThreeBodyDecays() throws Exception {
        SlhaDocument card = new SlhaReader().read(CARD);
        SlhaBlock mass = block(card, "MASS");
        assertEquals(
                -2.00143691E+05,
                mass.entries().stream()
                        .filter(e -> e.indices().equals(List.of(1000025)))
                        .findFirst()
                        .orElseThrow()
                        .value()
                        .number()
                        .orElseThrow(),
                "~chi_30 has a negative mass");
        assertEquals(
                Optional.of(new SlhaValue("5.71130563E+02")),
                block(card, "HMIX").scale());
        assertEquals(16, block(card, "NMIX").entries().size());
        assertEquals(List.of(), block(card, "ALPHA").entries().get(0).indices());
        SlhaDecay stop = card.decays().stream()
                .filter(d -> d.pdg() == 1000006)
                .findFirst()
                .orElseThrow();
        assertTrue(
                card.decays().stream()
                        .flatMap(d -> d.channels().stream())
                        .anyMatch(c -> c.daughters().size() == 3),
                "3-body decays");
        assertEquals(0.685567609, stop.width().number().orElseThrow(), 1e-12);
    }

    @Test
    void theLintNamesTheThreePlaceholdersOfTheTemplate() throws Exception {
        Path descriptor = Examples.SUSY_4JETS.descriptor();
        List<SlhaProblem> findings =
                SignalModelLint.check(new DescriptorLoader().load(descriptor).descriptor(), descriptor.getParent());
        assertEquals(PLACEHOLDERS, findings.stream().map(SlhaProblem::toString).toList());
    }

    @Test
    void lintExitsWithSevenAndPackWarnsButPacks() throws Exception {
        Launcher.Run lint =
                Launcher.run(temp, "lint", Examples.SUSY_4JETS.descriptor().toString());
        assertEquals(7, lint.exitCode(), lint.all());
        for (String placeholder : PLACEHOLDERS) {
            assertTrue(
                    lint.out().contains("/" + placeholder.replaceFirst(": ", ": error [validation-slha-card] ") + "\n"),
                    lint.out());
        }
        assertTrue(lint.out().contains("capsule.yaml: 3 error(s), 2 warning(s), 1 info\n"), lint.out());
        Launcher.Run clean =
                Launcher.run(temp, "lint", Examples.HH_RESDNN_EVEN.descriptor().toString());
        assertEquals(0, clean.exitCode(), clean.all());

        var packed = Packager.pack(PackOptions.of(Examples.SUSY_4JETS.descriptor(), temp.resolve("susy.tar.gz")));
        assertEquals(PLACEHOLDERS, packed.warnings());
    }

    private static SlhaBlock block(SlhaDocument card, String name) {
        return card.blocks().stream().filter(b -> b.is(name)).findFirst().orElseThrow();
    }
}

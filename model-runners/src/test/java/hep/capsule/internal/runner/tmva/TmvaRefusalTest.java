package hep.capsule.internal.runner.tmva;

import static hep.capsule.internal.runner.tmva.TmvaXml.ROOT_6_04;
import static hep.capsule.internal.runner.tmva.TmvaXml.classifier;
import static hep.capsule.internal.runner.tmva.TmvaXml.cut;
import static hep.capsule.internal.runner.tmva.TmvaXml.file;
import static hep.capsule.internal.runner.tmva.TmvaXml.leaf;
import static hep.capsule.internal.runner.tmva.TmvaXml.tree;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.UnsupportedModelException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Files Capsule cannot evaluate faithfully are refused with a message naming the file and the reason. */
class TmvaRefusalTest {

    private static final String TREE =
            tree(0, "1.0", cut("s", 0, "1.0", 1, leaf("-0.5", "0.2", -99), leaf("0.25", "0.7", -99)));

    @Test
    void fisherCuts() {
        byte[] xml = new String(classifier(ROOT_6_04, "Grad", "True", 1, TREE), StandardCharsets.UTF_8)
                .replaceFirst("NCoef=\"0\"", "NCoef=\"2\"")
                .getBytes(StandardCharsets.UTF_8);
        refused(UnsupportedModelException.class, xml, "Fisher cut");
    }

    @Test
    void variableTransformations() {
        refused(
                UnsupportedModelException.class,
                file(
                        "Classification",
                        ROOT_6_04,
                        "Grad",
                        "True",
                        "<Option name=\"VarTransform\" modified=\"Yes\">Decorrelate</Option>",
                        1,
                        "",
                        TREE),
                "Decorrelate");
    }

    @Test
    void regressionAndMulticlass() {
        refused(
                UnsupportedModelException.class,
                file("Regression", ROOT_6_04, "Grad", "True", "", 1, "", TREE),
                "Regression");
        refused(
                UnsupportedModelException.class,
                file("Multiclass", ROOT_6_04, "Grad", "True", "", 1, "", TREE),
                "Multiclass");
        refused(UnsupportedModelException.class, classifier(ROOT_6_04, "Grad", "True", 2, TREE), "multiclass");
    }

    @Test
    void preselection() {
        refused(
                UnsupportedModelException.class,
                file(
                        "Classification",
                        ROOT_6_04,
                        "Grad",
                        "True",
                        "<Option name=\"DoPreselection\" modified=\"Yes\">True</Option>",
                        1,
                        "",
                        TREE),
                "DoPreselection");
        refused(
                UnsupportedModelException.class,
                file("Classification", ROOT_6_04, "Grad", "True", "", 1, "PreselectionLowBkgVar0=\"1\"", TREE),
                "preselection");
    }

    @Test
    void unknownBoostTypes() {
        refused(UnsupportedModelException.class, classifier(ROOT_6_04, "AdaBoostR2", "True", 1, TREE), "AdaBoostR2");
    }

    @Test
    void aFileThatDoesNotNameItsRootRelease() {
        refused(UnsupportedModelException.class, classifier(null, "Grad", "True", 1, TREE), "ROOT Release");
    }

    @Test
    void inconsistentTrees() {
        String noRightChild = tree(
                0,
                "1.0",
                "<Node pos=\"s\" depth=\"0\" NCoef=\"0\" IVar=\"0\" Cut=\"1\" cType=\"1\""
                        + " res=\"0\" rms=\"0\" purity=\"0.5\" nType=\"0\">" + leaf("0.1", "0.5", -99) + "</Node>");
        refused(ModelExecutionException.class, classifier(ROOT_6_04, "Grad", "True", 1, noRightChild), "pos=\"r\"");
        String badVariable = tree(0, "1.0", cut("s", 7, "1.0", 1, leaf("-0.5", "0.2", -99), leaf("0.25", "0.7", -99)));
        refused(ModelExecutionException.class, classifier(ROOT_6_04, "Grad", "True", 1, badVariable), "IVar=7");
    }

    @Test
    void documentTypeDeclarationsAndExternalEntities() {
        byte[] xml = ("<?xml version=\"1.0\"?><!DOCTYPE MethodSetup [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                        + "<MethodSetup Method=\"BDT::x\">&secret;</MethodSetup>")
                .getBytes(StandardCharsets.UTF_8);
        refused(ModelExecutionException.class, xml, "DOCTYPE");
    }

    @Test
    void oversizedFiles() {
        ModelExecutionException e =
                assertThrows(ModelExecutionException.class, () -> HardenedXml.parse(new byte[100], 99, "big.xml"));
        assertTrue(
                e.getMessage().startsWith("big.xml: ") && e.getMessage().contains("at most 99 bytes"), e.getMessage());
    }

    private static void refused(Class<? extends ModelExecutionException> type, byte[] xml, String reason) {
        Executable load = () -> TmvaBdtRunner.load(xml, "bdt.weights.xml");
        ModelExecutionException e = assertThrows(type, load);
        assertTrue(e.getMessage().startsWith("bdt.weights.xml: "), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}

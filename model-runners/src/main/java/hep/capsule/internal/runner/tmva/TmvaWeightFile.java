package hep.capsule.internal.runner.tmva;

import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.UnsupportedModelException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a TMVA BDT weight file ({@code <MethodSetup Method="BDT::...">}) into a forest and the rules that evaluate it,
 * and refuses, naming the reason, every file it cannot evaluate exactly as TMVA does: regression and multiclass files,
 * variable transformations, preselection cuts, Fisher cuts, boost types other than Grad, AdaBoost, RealAdaBoost and
 * Bagging, and files that do not say which ROOT release trained them.
 */
final class TmvaWeightFile {

    /** Weights AnalysisType (TMVA Types::EAnalysisType) of trees whose leaves carry {@code res}. */
    private static final int REGRESSION_TREES = 1;

    private static final int CLASSIFICATION_TREES = 0;

    private final String label;
    private final Element setup;

    private TmvaWeightFile(String label, Element setup) {
        this.label = label;
        this.setup = setup;
    }

    /**
     * The variables in input order ({@code Expression} of each {@code <Variable>}), what the file says about each (its
     * title, unit, type and training range), the rules and the forest.
     */
    record Bdt(List<String> variables, List<String> variableFacts, BdtEvaluationRules rules, BdtForest forest) {
        Bdt {
            variables = List.copyOf(variables);
            variableFacts = List.copyOf(variableFacts);
        }
    }

    static Bdt read(byte[] xml, String label) throws ModelExecutionException {
        Document document = HardenedXml.parse(xml, HardenedXml.MAX_BYTES, label);
        Element root = document.getDocumentElement();
        if (!root.getTagName().equals("MethodSetup")
                || !root.getAttribute("Method").startsWith("BDT::")) {
            throw new UnsupportedModelException(
                    label + ": not a TMVA BDT weight file (expected <MethodSetup Method=\"BDT::...\">," + " found <"
                            + root.getTagName() + " Method=\"" + root.getAttribute("Method") + "\">)");
        }
        return new TmvaWeightFile(label, root).read();
    }

    private Bdt read() throws ModelExecutionException {
        Map<String, String> info = pairs("GeneralInfo", "Info", "name", true);
        Map<String, String> options = pairs("Options", "Option", "name", false);
        requireClassification(info);
        refuseTransformations(options);
        refusePreselection(options);
        BoostType boost = boostType(options);
        String releaseText = info.get("ROOT Release");
        if (releaseText == null) {
            throw new UnsupportedModelException(label + ": GeneralInfo does not name the ROOT Release of the training,"
                    + " which decides whether nodes split with >= (ROOT 6.02 and later) or > (older releases)");
        }
        RootRelease release = RootRelease.parse(releaseText)
                .orElseThrow(() -> new ModelExecutionException(
                        label + ": cannot read the ROOT Release \"" + releaseText + "\" of GeneralInfo"));
        List<String> variables = variables();
        Element weights = only(setup, "Weights");
        int treeKind = treeKind(weights);
        LeafValue leaf = LeafValue.of(treeKind == REGRESSION_TREES, boost, useYesNoLeaf(options, boost));
        List<Element> trees = elements(weights, "BinaryTree");
        String declared = weights.getAttribute("NTrees");
        if (!declared.equals(Integer.toString(trees.size()))) {
            throw new ModelExecutionException(label + ": Weights declares NTrees=\"" + declared + "\" but holds "
                    + trees.size() + " BinaryTree elements");
        }
        ForestBuilder builder = new ForestBuilder(label, variables.size(), leaf, boost);
        for (int i = 0; i < trees.size(); i++) {
            builder.addTree(trees.get(i), i);
        }
        SplitRule split = SplitRule.of(release);
        BdtForest forest = builder.build(split);
        BdtEvaluationRules rules = new BdtEvaluationRules(
                setup.getAttribute("Method"), release, boost, leaf, split, forest.response(), trees.size());
        return new Bdt(variables, variableFacts(), rules, forest);
    }

    private void requireClassification(Map<String, String> info) throws ModelExecutionException {
        String type = info.getOrDefault("AnalysisType", "");
        if (!type.equals("Classification")) {
            throw new UnsupportedModelException(label + ": GeneralInfo AnalysisType is \"" + type
                    + "\"; only two-class Classification BDTs are supported (not Regression or Multiclass)");
        }
    }

    private void refuseTransformations(Map<String, String> options) throws ModelExecutionException {
        String transform = options.getOrDefault("VarTransform", "None").trim();
        Element transformations = only(setup, "Transformations");
        String count = transformations.getAttribute("NTransformations");
        if (!transform.equalsIgnoreCase("None") || !(count.isEmpty() || count.equals("0"))) {
            throw new UnsupportedModelException(label + ": the BDT applies the variable transformation \"" + transform
                    + "\" (" + (count.isEmpty() ? "0" : count)
                    + " in <Transformations>); only VarTransform=None is supported");
        }
    }

    private void refusePreselection(Map<String, String> options) throws ModelExecutionException {
        boolean declared =
                options.getOrDefault("DoPreselection", "False").trim().equalsIgnoreCase("True");
        if (declared || only(setup, "Weights").hasAttribute("PreselectionLowBkgVar0")) {
            throw new UnsupportedModelException(label + ": the BDT was trained with DoPreselection, whose cuts"
                    + " replace the response for some events; preselection is not supported");
        }
    }

    private BoostType boostType(Map<String, String> options) throws ModelExecutionException {
        String name = options.getOrDefault("BoostType", "").trim();
        return BoostType.byTmvaName(name)
                .orElseThrow(() -> new UnsupportedModelException(label + ": BoostType \"" + name
                        + "\" is not supported; supported are Grad, AdaBoost, RealAdaBoost and Bagging"));
    }

    private boolean useYesNoLeaf(Map<String, String> options, BoostType boost) throws ModelExecutionException {
        String value = options.get("UseYesNoLeaf");
        if (value == null) {
            if (boost == BoostType.GRAD) {
                return false;
            }
            throw new ModelExecutionException(label + ": Options has no UseYesNoLeaf, which decides whether leaves"
                    + " count as +-1 or by their purity");
        }
        return value.trim().equalsIgnoreCase("True");
    }

    private int treeKind(Element weights) throws ModelExecutionException {
        // TMVA 4.1.0 renamed TreeType to AnalysisType.
        String kind = weights.hasAttribute("AnalysisType")
                ? weights.getAttribute("AnalysisType")
                : weights.getAttribute("TreeType");
        if (kind.equals(Integer.toString(REGRESSION_TREES))) {
            return REGRESSION_TREES;
        }
        if (kind.equals(Integer.toString(CLASSIFICATION_TREES))) {
            return CLASSIFICATION_TREES;
        }
        throw new UnsupportedModelException(label + ": Weights AnalysisType=\"" + kind
                + "\" is neither classification (0) nor regression (1) trees; multiclass forests are not supported");
    }

    private List<String> variables() throws ModelExecutionException {
        Element declared = only(setup, "Variables");
        List<String> names = new ArrayList<>();
        for (Element variable : elements(declared, "Variable")) {
            names.add(variable.getAttribute("Expression"));
        }
        if (names.isEmpty() || !declared.getAttribute("NVar").equals(Integer.toString(names.size()))) {
            throw new ModelExecutionException(label + ": Variables declares NVar=\"" + declared.getAttribute("NVar")
                    + "\" but lists " + names.size() + " Variable elements");
        }
        return names;
    }

    private List<String> variableFacts() throws ModelExecutionException {
        List<String> facts = new ArrayList<>();
        for (Element variable : elements(only(setup, "Variables"), "Variable")) {
            facts.add("the weight file's Title \"" + variable.getAttribute("Title") + "\", Unit \""
                    + variable.getAttribute("Unit")
                    + "\", Type " + variable.getAttribute("Type") + ", training range [" + variable.getAttribute("Min")
                    + ", "
                    + variable.getAttribute("Max") + "]");
        }
        return facts;
    }

    private Map<String, String> pairs(String section, String entry, String key, boolean valueAttribute)
            throws ModelExecutionException {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (Element e : elements(only(setup, section), entry)) {
            pairs.put(e.getAttribute(key), valueAttribute ? e.getAttribute("value") : e.getTextContent());
        }
        return pairs;
    }

    private Element only(Element parent, String tag) throws ModelExecutionException {
        List<Element> found = elements(parent, tag);
        if (found.size() != 1) {
            throw new ModelExecutionException(
                    label + ": expected one <" + tag + "> in <" + parent.getTagName() + ">, found " + found.size());
        }
        return found.get(0);
    }

    private static List<Element> elements(Element parent, String tag) {
        return HardenedXml.children(parent, tag);
    }
}

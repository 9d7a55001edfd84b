package hep.capsule.internal.runner.tmva;

import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.UnsupportedModelException;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Reads the {@code <BinaryTree>} elements of a TMVA weight file into a {@link BdtForest}. A node whose {@code nType} is
 * 0 is an inner node and needs both children; any other node is a leaf, exactly where TMVA's DecisionTree::CheckEvent
 * stops (inner nodes may carry meaningless {@code res} values, which are never read). Leaves become nodes whose both
 * children are themselves, so that every tree is walked a fixed number of steps, its depth.
 */
final class ForestBuilder {

    /** Deeper trees are refused: TMVA's MaxDepth is a handful, and recursion and padding must stay bounded. */
    static final int MAX_TREE_DEPTH = 30;

    private final String label;
    private final int variableCount;
    private final LeafValue leafValue;
    private final BoostType boost;
    private final List<Integer> roots = new ArrayList<>();
    private final List<Integer> depths = new ArrayList<>();
    private final List<Integer> variable = new ArrayList<>();
    private final List<Float> cut = new ArrayList<>();
    private final List<Integer> children = new ArrayList<>();
    private final List<Double> leafContribution = new ArrayList<>();
    private double totalBoostWeight;
    private int treeDepth;

    ForestBuilder(String label, int variableCount, LeafValue leafValue, BoostType boost) {
        this.label = label;
        this.variableCount = variableCount;
        this.leafValue = leafValue;
        this.boost = boost;
    }

    void addTree(Element binaryTree, int index) throws ModelExecutionException {
        String where = "tree " + index;
        // TMVA reads boostWeight into a Float_t.
        double boostWeight = parseFloat(binaryTree, "boostWeight", where);
        List<Element> nodes = childNodes(binaryTree);
        if (nodes.size() != 1) {
            throw problem(where + " has " + nodes.size() + " root nodes instead of 1");
        }
        totalBoostWeight += boostWeight;
        treeDepth = 0;
        roots.add(addNode(nodes.get(0), where, 0, boostWeight));
        depths.add(treeDepth);
    }

    /** @throws UnsupportedModelException when the trees are too deep to lay out as complete trees */
    BdtForest build(SplitRule split) throws UnsupportedModelException {
        long padded = CompleteTrees.size(ints(depths));
        if (padded > CompleteTrees.MAX_NODES) {
            throw new UnsupportedModelException(label + ": the trees are up to "
                    + depths.stream().mapToInt(Integer::intValue).max().orElse(0)
                    + " levels deep; laid out as complete trees for evaluation they would need " + padded
                    + " nodes, more than the " + CompleteTrees.MAX_NODES + " Capsule allows");
        }
        BdtResponse response = boost == BoostType.GRAD
                ? new BdtResponse.GradientBoost()
                : new BdtResponse.BoostWeightedMean(totalBoostWeight);
        return new BdtForest(
                variableCount,
                ints(roots),
                ints(depths),
                ints(variable),
                floats(cut),
                ints(children),
                leafContribution.stream().mapToDouble(Double::doubleValue).toArray(),
                split,
                response);
    }

    private int addNode(Element node, String tree, int depth, double boostWeight) throws ModelExecutionException {
        String where = tree + ", node at depth " + depth;
        if (depth > MAX_TREE_DEPTH) {
            throw problem(tree + " is deeper than " + MAX_TREE_DEPTH + " levels");
        }
        if (node.hasAttribute("NCoef") && parseInt(node, "NCoef", where) > 0) {
            throw new UnsupportedModelException(label + ": " + where + " uses a Fisher cut (NCoef="
                    + node.getAttribute("NCoef") + "); BDTs trained with UseFisherCuts are not supported");
        }
        if (parseInt(node, "nType", where) != 0) {
            double value = leafValue == LeafValue.NODE_TYPE
                    ? parseInt(node, "nType", where)
                    : parseFloat(node, leafValue.attribute(), where);
            treeDepth = Math.max(treeDepth, depth);
            // Grad sums the leaf values; every other boost type sums boostWeight * leaf value.
            return newNode(0, 0f, boost == BoostType.GRAD ? value : boostWeight * value);
        }
        int selected = parseInt(node, "IVar", where);
        if (selected < 0 || selected >= variableCount) {
            throw problem(where + " cuts on variable IVar=" + selected + " but the file declares " + variableCount
                    + " variables");
        }
        int cType = parseInt(node, "cType", where);
        if (cType != 0 && cType != 1) {
            throw problem(where + " has cType=" + cType + "; TMVA writes 0 or 1");
        }
        Element left = child(node, "l", where);
        Element right = child(node, "r", where);
        int index = newNode(selected, parseFloat(node, "Cut", where), 0);
        // cType 1: the event goes right when it passes the cut; cType 0 inverts that.
        Element passing = cType == 1 ? right : left;
        Element failing = cType == 1 ? left : right;
        children.set(2 * index, addNode(failing, tree, depth + 1, boostWeight));
        children.set(2 * index + 1, addNode(passing, tree, depth + 1, boostWeight));
        return index;
    }

    /** A new node whose children are itself until they are set: a leaf stays there. */
    private int newNode(int selected, float cutValue, double contribution) {
        int index = variable.size();
        variable.add(selected);
        cut.add(cutValue);
        children.add(index);
        children.add(index);
        leafContribution.add(contribution);
        return index;
    }

    private Element child(Element node, String pos, String where) throws ModelExecutionException {
        for (Element child : childNodes(node)) {
            if (pos.equals(child.getAttribute("pos"))) {
                return child;
            }
        }
        throw problem(where + " is an inner node (nType=0) without a pos=\"" + pos + "\" child");
    }

    private static List<Element> childNodes(Element parent) {
        return HardenedXml.children(parent, "Node");
    }

    private int parseInt(Element node, String attribute, String where) throws ModelExecutionException {
        String text = required(node, attribute, where);
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw problem(where + ": " + attribute + "=\"" + text + "\" is not an integer");
        }
    }

    /** Parses straight to float32, as TMVA's Float_t attributes are read. */
    private float parseFloat(Element node, String attribute, String where) throws ModelExecutionException {
        String text = required(node, attribute, where);
        try {
            return Float.parseFloat(text.trim());
        } catch (NumberFormatException e) {
            throw problem(where + ": " + attribute + "=\"" + text + "\" is not a number");
        }
    }

    private String required(Element node, String attribute, String where) throws ModelExecutionException {
        if (!node.hasAttribute(attribute)) {
            throw problem(where + " has no " + attribute + " attribute");
        }
        return node.getAttribute(attribute);
    }

    private ModelExecutionException problem(String what) {
        return new ModelExecutionException(label + ": " + what);
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static float[] floats(List<Float> values) {
        float[] result = new float[values.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = values.get(i);
        }
        return result;
    }
}

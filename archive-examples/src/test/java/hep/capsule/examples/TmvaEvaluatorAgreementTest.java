package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hep.capsule.internal.runner.tmva.TmvaBdtRunner;
import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Tensor;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The fast Java evaluator against a plain walk of the real 1000-tree SR-BDT-GGdirect weight file, node by node as
 * TMVA's DecisionTree::CheckEvent does (ROOT 6.04: x >= Cut, cType 0 inverts, Grad sums res): the same float32 bits for
 * synthetic events, for events sitting exactly on cuts, and for events with a NaN.
 */
class TmvaEvaluatorAgreementTest {

    private static final Path WEIGHTS = Examples.ZERO_LEPTON_BDT_EVEN.folder().resolve(BdtBenchmark.WEIGHTS);

    @Test
    void fastEvaluatorGivesTheBitsOfAPlainTreeWalk() throws Exception {
        byte[] xml = Files.readAllBytes(WEIGHTS);
        List<Element> trees = trees(xml);
        float[] events = events(trees, 20_000);
        List<WalkNode> walk = trees.stream().map(t -> WalkNode.of(firstNode(t))).toList();
        int width = 14;
        int count = events.length / width;
        ByteBuffer data = ByteBuffer.allocate(events.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : events) {
            data.putFloat(v);
        }
        Tensor input = new Tensor(ElementType.FLOAT32, new long[] {count, width}, data.array());
        try (TmvaBdtRunner runner = TmvaBdtRunner.load(xml, BdtBenchmark.WEIGHTS)) {
            ByteBuffer out = runner.run(Map.of(TmvaBdtRunner.INPUT, input))
                    .get(TmvaBdtRunner.OUTPUT)
                    .buffer();
            for (int e = 0; e < count; e++) {
                float expected = plainWalk(walk, events, e * width, width);
                assertEquals(
                        Float.floatToRawIntBits(expected),
                        Float.floatToRawIntBits(out.getFloat(4 * e)),
                        "event " + e + ": expected " + expected + ", got " + out.getFloat(4 * e));
            }
        }
    }

    /** Synthetic events; every fourth has one variable set exactly to a cut of the file; one in 97 has a NaN. */
    private static float[] events(List<Element> trees, int count) {
        Tensor synthetic =
                ReferenceTable.draw(new ZeroLeptonEventSource(), count, 7L).toTensor();
        float[] values = new float[count * 14];
        synthetic.buffer().asFloatBuffer().get(values);
        List<float[]> cuts = new ArrayList<>();
        for (Element tree : trees) {
            collectCuts(firstNode(tree), cuts);
        }
        Random random = new Random(11);
        for (int e = 0; e < count; e += 4) {
            float[] cut = cuts.get(random.nextInt(cuts.size()));
            values[e * 14 + (int) cut[0]] = cut[1];
        }
        for (int e = 1; e < count; e += 97) {
            values[e * 14 + random.nextInt(14)] = Float.NaN;
        }
        return values;
    }

    /** A node of the file as written: an inner node (nType 0) with its cut, or a leaf with its res. */
    private record WalkNode(
            boolean inner, int variable, float cut, boolean cTypeOne, float res, WalkNode left, WalkNode right) {
        static WalkNode of(Element node) {
            if (Integer.parseInt(node.getAttribute("nType")) != 0) {
                return new WalkNode(false, -1, 0, false, Float.parseFloat(node.getAttribute("res")), null, null);
            }
            return new WalkNode(
                    true,
                    Integer.parseInt(node.getAttribute("IVar")),
                    Float.parseFloat(node.getAttribute("Cut")),
                    node.getAttribute("cType").equals("1"),
                    0,
                    of(child(node, "l")),
                    of(child(node, "r")));
        }
    }

    private static float plainWalk(List<WalkNode> trees, float[] events, int offset, int width) {
        for (int i = offset; i < offset + width; i++) {
            if (Float.isNaN(events[i])) {
                return -999f;
            }
        }
        double sum = 0;
        for (WalkNode node : trees) {
            while (node.inner()) {
                boolean atOrAbove = events[offset + node.variable()] >= node.cut();
                boolean right = node.cTypeOne() ? atOrAbove : !atOrAbove;
                node = right ? node.right() : node.left();
            }
            sum += node.res();
        }
        return (float) (2.0 / (1.0 + StrictMath.exp(-2.0 * sum)) - 1.0);
    }

    private static void collectCuts(Element node, List<float[]> cuts) {
        if (Integer.parseInt(node.getAttribute("nType")) != 0) {
            return;
        }
        cuts.add(new float[] {Integer.parseInt(node.getAttribute("IVar")), Float.parseFloat(node.getAttribute("Cut"))});
        collectCuts(child(node, "l"), cuts);
        collectCuts(child(node, "r"), cuts);
    }

    private static List<Element> trees(byte[] xml) throws Exception {
        Element root = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml))
                .getDocumentElement();
        List<Element> trees = new ArrayList<>();
        var list = root.getElementsByTagName("BinaryTree");
        for (int i = 0; i < list.getLength(); i++) {
            trees.add((Element) list.item(i));
        }
        assertEquals(1000, trees.size());
        return trees;
    }

    private static Element firstNode(Element parent) {
        return child(parent, null);
    }

    /** The child {@code <Node>} at position {@code pos}, or the first one when {@code pos} is null. */
    private static Element child(Element parent, String pos) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e
                    && e.getTagName().equals("Node")
                    && (pos == null || e.getAttribute("pos").equals(pos))) {
                return e;
            }
        }
        throw new AssertionError("no child node " + pos);
    }
}

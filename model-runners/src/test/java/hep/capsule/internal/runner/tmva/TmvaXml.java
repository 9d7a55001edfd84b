package hep.capsule.internal.runner.tmva;

import java.nio.charset.StandardCharsets;

/** Small TMVA weight files written by hand for known-answer tests: two variables, x0 and x1. */
final class TmvaXml {

    static final String ROOT_6_04 = "6.04/14 [394254]";
    static final String ROOT_5_34_10 = "5.34/10 [336394]";

    private TmvaXml() {}

    /** A whole file; {@code extraOptions} and {@code weightsAttributes} let tests break it on purpose. */
    static byte[] file(
            String analysisType,
            String rootRelease,
            String boostType,
            String useYesNoLeaf,
            String extraOptions,
            int treeKind,
            String weightsAttributes,
            String... trees) {
        String release = rootRelease == null ? "" : "    <Info name=\"ROOT Release\" value=\"" + rootRelease + "\"/>\n";
        return ("""
                <?xml version="1.0"?>
                <MethodSetup Method="BDT::BDTtest">
                  <GeneralInfo>
                    <Info name="TMVA Release" value="4.2.1 [262657]"/>
                """ + release + """
                    <Info name="AnalysisType" value="%s"/>
                  </GeneralInfo>
                  <Options>
                    <Option name="BoostType" modified="Yes">%s</Option>
                    <Option name="UseYesNoLeaf" modified="No">%s</Option>
                    %s
                  </Options>
                  <Variables NVar="2">
                    <Variable VarIndex="0" Expression="x0" Label="x0" Title="x0"
                        Unit="" Internal="x0" Type="F" Min="0" Max="1"/>
                    <Variable VarIndex="1" Expression="x1" Label="x1" Title="x1"
                        Unit="" Internal="x1" Type="F" Min="0" Max="1"/>
                  </Variables>
                  <Spectators NSpec="0"/>
                  <Classes NClass="2"><Class Name="Signal" Index="0"/><Class Name="Background" Index="1"/></Classes>
                  <Transformations NTransformations="0"/>
                  <MVAPdfs/>
                  <Weights NTrees="%d" AnalysisType="%d" %s>
                %s
                  </Weights>
                </MethodSetup>
                """)
                .formatted(
                        analysisType,
                        boostType,
                        useYesNoLeaf,
                        extraOptions,
                        trees.length,
                        treeKind,
                        weightsAttributes,
                        String.join("\n", trees))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A classification file with the usual options. */
    static byte[] classifier(String rootRelease, String boostType, String useYesNoLeaf, int treeKind, String... trees) {
        return file("Classification", rootRelease, boostType, useYesNoLeaf, "", treeKind, "", trees);
    }

    static String tree(int index, String boostWeight, String root) {
        return "<BinaryTree type=\"DecisionTree\" boostWeight=\"" + boostWeight + "\" itree=\"" + index + "\">" + root
                + "</BinaryTree>";
    }

    /** An inner node; its {@code res} is garbage on purpose, as TMVA may leave it. */
    static String cut(String pos, int variable, String cut, int cType, String left, String right) {
        return "<Node pos=\"" + pos + "\" depth=\"0\" NCoef=\"0\" IVar=\"" + variable + "\" Cut=\"" + cut
                + "\" cType=\"" + cType + "\" res=\"1.66e+14\" rms=\"0\" purity=\"0.5\" nType=\"0\">"
                + left.replaceFirst("pos=\"[slr]\"", "pos=\"l\"") + right.replaceFirst("pos=\"[slr]\"", "pos=\"r\"")
                + "</Node>";
    }

    static String leaf(String res, String purity, int nType) {
        return "<Node pos=\"l\" depth=\"1\" NCoef=\"0\" IVar=\"-1\" Cut=\"0\" cType=\"1\" res=\"" + res
                + "\" rms=\"0\" purity=\"" + purity + "\" nType=\"" + nType + "\"/>";
    }
}

package hep.capsule.internal.runner.tmva;

/**
 * What a leaf contributes to the forest's sum, decided as TMVA's DecisionTree::CheckEvent does: trees stored as
 * regression trees (Weights AnalysisType 1, what Grad writes) give their leaf's {@code res}; classification trees give
 * {@code nType} (+1 signal, -1 background) when the forest uses yes/no leaves, else the leaf's training {@code purity}.
 */
enum LeafValue {
    RESPONSE("res"),
    NODE_TYPE("nType"),
    PURITY("purity");

    private final String attribute;

    LeafValue(String attribute) {
        this.attribute = attribute;
    }

    String attribute() {
        return attribute;
    }

    /**
     * @param regressionTrees the Weights element's AnalysisType is 1
     * @param boost the forest's boost type
     * @param useYesNoLeaf the file's UseYesNoLeaf option
     */
    static LeafValue of(boolean regressionTrees, BoostType boost, boolean useYesNoLeaf) {
        if (regressionTrees) {
            return RESPONSE;
        }
        // Grad passes UseYesNoLeaf=false to CheckEvent; RealAdaBoost switches it off in ProcessOptions.
        boolean yesNo = useYesNoLeaf && boost != BoostType.GRAD && boost != BoostType.REAL_ADA_BOOST;
        return yesNo ? NODE_TYPE : PURITY;
    }
}

package hep.capsule.internal.runner.tmva;

/**
 * How a node of a TMVA decision tree compares an input with its cut. ROOT 5.34/20 and later 5.34 patches, and ROOT
 * 6.02/00 onwards, send an event to the cut's side when {@code x >= Cut} (tmva/src/DecisionTreeNode.cxx, GoesRight);
 * older releases used {@code x > Cut}. The training release in the file's GeneralInfo decides, as CMSSW's
 * GBRForestTools.cc does.
 */
enum SplitRule {
    AT_OR_ABOVE(">="),
    ABOVE(">");

    private final String operator;

    SplitRule(String operator) {
        this.operator = operator;
    }

    String operator() {
        return operator;
    }

    static SplitRule of(RootRelease training) {
        int code = training.code();
        boolean atOrAbove = (code >= RootRelease.code(5, 34, 20) && code < RootRelease.code(6, 0, 0))
                || code >= RootRelease.code(6, 2, 0);
        return atOrAbove ? AT_OR_ABOVE : ABOVE;
    }
}

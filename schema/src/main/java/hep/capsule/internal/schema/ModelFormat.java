package hep.capsule.internal.schema;

/** The file format of an archived model. */
public enum ModelFormat implements DescriptorEnum {
    /** An ONNX model, run with onnxruntime. */
    ONNX("onnx"),
    /** A TMVA BDT weight file (XML, {@code MethodSetup Method="BDT::..."}), run by Capsule's own evaluator. */
    TMVA_XML("tmva-xml"),
    /** An lwtnn JSON network (sequential or graph, feed-forward layers), run by Capsule's own evaluator. */
    LWTNN_JSON("lwtnn-json");

    private final String descriptorName;

    ModelFormat(String descriptorName) {
        this.descriptorName = descriptorName;
    }

    @Override
    public String descriptorName() {
        return descriptorName;
    }
}

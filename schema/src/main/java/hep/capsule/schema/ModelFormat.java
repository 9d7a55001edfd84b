package hep.capsule.schema;

/** The file format of an archived model. */
public enum ModelFormat implements DescriptorEnum {
    /** An ONNX model, run with onnxruntime. */
    ONNX("onnx"),
    /** A TMVA BDT weight file (XML, {@code MethodSetup Method="BDT::..."}), run by Capsule's own evaluator. */
    TMVA_XML("tmva-xml");

    private final String descriptorName;

    ModelFormat(String descriptorName) {
        this.descriptorName = descriptorName;
    }

    @Override
    public String descriptorName() {
        return descriptorName;
    }
}

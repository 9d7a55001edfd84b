package hep.capsule.internal.cli;

import hep.capsule.internal.schema.ModelFormat;
import java.util.Arrays;

/** Model formats as a command line names them: the words of a capsule's {@code format} field. */
final class ModelFormatNames {

    private ModelFormatNames() {}

    /** The format a capsule calls {@code name}, for example {@code tmva-xml}. */
    static ModelFormat of(String name) throws UserError {
        return Arrays.stream(ModelFormat.values())
                .filter(f -> f.descriptorName().equals(name))
                .findFirst()
                .orElseThrow(() -> new UserError("--format " + name + " is not a model format; formats are "
                        + Arrays.stream(ModelFormat.values())
                                .map(ModelFormat::descriptorName)
                                .toList()));
    }

    /**
     * The format of a model file told from its first byte that is not white space (or a UTF-8 byte order mark):
     * {@code <} starts an XML file, a TMVA weight file; <code>{</code> a JSON file, an lwtnn network; anything else is
     * taken for ONNX, a protobuf message.
     */
    static ModelFormat sniff(byte[] model) {
        for (byte b : model) {
            if (b == '<') {
                return ModelFormat.TMVA_XML;
            }
            if (b == '{') {
                return ModelFormat.LWTNN_JSON;
            }
            boolean whiteSpaceOrByteOrderMark = b == ' '
                    || b == '\t'
                    || b == '\n'
                    || b == '\r'
                    || b == (byte) 0xEF
                    || b == (byte) 0xBB
                    || b == (byte) 0xBF;
            if (!whiteSpaceOrByteOrderMark) {
                return ModelFormat.ONNX;
            }
        }
        return ModelFormat.ONNX;
    }
}

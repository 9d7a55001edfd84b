package hep.capsule.internal.runner.onnx;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import hep.capsule.internal.runner.ModelExecutionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tensor that keeps its bytes outside the model: ONNX's external data, a TensorProto with {@code data_location}
 * EXTERNAL (field 14) or {@code external_data} entries (field 13, keys {@code location}, {@code offset},
 * {@code length}, {@code checksum}). onnxruntime reads such bytes from a file it resolves against the model's folder
 * or, for a model given as bytes, the process's current folder: Capsule never lets it.
 *
 * @param name the tensor's name (possibly empty, as in a Constant's attribute)
 * @param where where the model holds it, e.g. {@code graph, initializer}
 * @param entries the external_data entries, in the model's order (a later duplicate key wins)
 */
public record ExternalTensor(String name, String where, Map<String, String> entries) {

    private static final int EXTERNAL = 1;
    /** Long names from a hostile model are cut in messages. */
    private static final int SHOWN_CHARACTERS = 200;

    public ExternalTensor {
        entries = Map.copyOf(entries);
    }

    /** Every tensor of a model that keeps its data outside it, in the model's order. */
    public static List<ExternalTensor> in(byte[] model) throws MalformedOnnxException {
        List<ExternalTensor> found = new ArrayList<>();
        OnnxTensorWalk.rewrite(model, (tensor, where) -> {
            read(tensor, where).ifPresent(found::add);
            return null;
        });
        return found;
    }

    /**
     * Refuses a model that keeps data outside itself, before any engine sees it.
     *
     * @return the message naming the first such tensor and its location, if there is one
     */
    public static Optional<String> refusal(byte[] model) throws MalformedOnnxException {
        List<ExternalTensor> found = in(model);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String more = found.size() > 1 ? " (and " + (found.size() - 1) + " more tensor(s))" : "";
        return Optional.of(found.get(0).describe() + more + ": a model in a capsule must hold all its data, and nothing"
                + " outside the archive is ever read (capsule pack writes such data into the archived model)");
    }

    /**
     * What every engine calls before it reads a model: a model that is not an ONNX model, or that keeps data outside
     * itself, goes no further.
     *
     * @param label how the message names the model, e.g. its path inside the capsule
     */
    public static void requireNone(byte[] model, String label) throws ModelExecutionException {
        try {
            Optional<String> refusal = refusal(model);
            if (refusal.isPresent()) {
                throw new ModelExecutionException(label + ": " + refusal.get());
            }
        } catch (MalformedOnnxException e) {
            throw new ModelExecutionException(label + ": " + e.getMessage(), e);
        }
    }

    /** The external data of a serialised TensorProto, if it has any. */
    public static Optional<ExternalTensor> read(byte[] tensor, String where) throws MalformedOnnxException {
        try {
            return parse(tensor, where);
        } catch (IOException e) {
            throw new MalformedOnnxException(
                    "not an ONNX model: a tensor (" + where + ") is broken: " + e.getMessage(), e);
        }
    }

    private static Optional<ExternalTensor> parse(byte[] tensor, String where) throws IOException {
        CodedInputStream in = CodedInputStream.newInstance(tensor);
        String name = "";
        boolean external = false;
        Map<String, String> entries = new LinkedHashMap<>();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            int field = WireFormat.getTagFieldNumber(tag);
            boolean delimited = WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED;
            if (field == 8 && delimited) {
                name = in.readString();
            } else if (field == 13 && delimited) {
                byte[] entry = in.readByteArray();
                entries.put(OnnxTensorWalk.stringField(entry, 1), OnnxTensorWalk.stringField(entry, 2));
                external = true;
            } else if (field == 14 && WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_VARINT) {
                external |= in.readEnum() == EXTERNAL;
            } else {
                in.skipField(tag);
            }
        }
        return external ? Optional.of(new ExternalTensor(name, where, entries)) : Optional.empty();
    }

    /** The file the bytes are said to be in, as the model names it ({@code ""} if it names none). */
    public String location() {
        return entries.getOrDefault("location", "");
    }

    public Optional<String> offset() {
        return Optional.ofNullable(entries.get("offset"));
    }

    public Optional<String> length() {
        return Optional.ofNullable(entries.get("length"));
    }

    /** E.g. {@code tensor 'w1' (graph, initializer) keeps its data in an external file "w.bin"}. */
    public String describe() {
        return "tensor " + shown(name) + " (" + where + ") keeps its data in an external file " + shown(location());
    }

    /** A string from a model, quoted for a message: control characters escaped, and cut when long. */
    static String shown(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().limit(SHOWN_CHARACTERS).forEach(c -> {
            if (Character.isISOControl(c) || c == '"' || c == '\\') {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        if (text.codePointCount(0, text.length()) > SHOWN_CHARACTERS) {
            out.append("...");
        }
        return out.append('"').toString();
    }
}

package hep.capsule.internal.interpreter.model;

import hep.capsule.internal.interpreter.array.NdArray;
import java.util.List;

/** The value of one node attribute, by its ONNX {@code AttributeType}. */
public sealed interface Attribute {

    record FloatValue(float value) implements Attribute {}

    record IntValue(long value) implements Attribute {}

    record StringValue(String value) implements Attribute {}

    /**
     * @param typeCode the ONNX data type as declared; a uint8 or int8 tensor is held widened to int32, and only
     *     {@link Attributes#integerTensor} reads it
     */
    record TensorValue(NdArray value, long typeCode) implements Attribute {}

    /** Read-only by convention: the reader hands the only reference to the attribute. */
    record Floats(float[] values) implements Attribute {}

    /** Read-only by convention: the reader hands the only reference to the attribute. */
    record Ints(long[] values) implements Attribute {}

    record Strings(List<String> values) implements Attribute {
        public Strings {
            values = List.copyOf(values);
        }
    }

    /** A tensor of an element type the interpreter cannot hold, by its ONNX type code. */
    record UnsupportedTensor(long typeCode) implements Attribute {}

    /** A kind the interpreter has no use for (graphs, sparse tensors, type protos). */
    record Other(int attributeType) implements Attribute {}
}

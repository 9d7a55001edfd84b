package hep.capsule.internal.interpreter.model;

import hep.capsule.internal.tensor.ElementType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** ONNX {@code TensorProto.DataType} codes, up to those of IR version 13 (ONNX 1.20, opset 25). */
public final class OnnxTypes {
    /** The element types the interpreter computes with, for messages. */
    public static final String SUPPORTED =
            "float16, float, double, int8, int16, int32, int64, uint8, uint16, uint32, uint64 and bool";

    private static final List<String> NAMES = List.of(
            "UNDEFINED",
            "FLOAT",
            "UINT8",
            "INT8",
            "UINT16",
            "INT16",
            "INT32",
            "INT64",
            "STRING",
            "BOOL",
            "FLOAT16",
            "DOUBLE",
            "UINT32",
            "UINT64",
            "COMPLEX64",
            "COMPLEX128",
            "BFLOAT16",
            "FLOAT8E4M3FN",
            "FLOAT8E4M3FNUZ",
            "FLOAT8E5M2",
            "FLOAT8E5M2FNUZ",
            "UINT4",
            "INT4",
            "FLOAT4E2M1",
            "FLOAT8E8M0",
            "UINT2",
            "INT2");

    private OnnxTypes() {}

    /** The element type of a data type code, if the interpreter supports it. */
    public static Optional<ElementType> elementType(long code) {
        return Arrays.stream(ElementType.values())
                .filter(type -> code(type) == code)
                .findFirst();
    }

    /** The data type code of an element type. */
    public static long code(ElementType type) {
        return switch (type) {
            case FLOAT32 -> 1;
            case UINT8 -> 2;
            case INT8 -> 3;
            case UINT16 -> 4;
            case INT16 -> 5;
            case INT32 -> 6;
            case INT64 -> 7;
            case BOOL -> 9;
            case FLOAT16 -> 10;
            case FLOAT64 -> 11;
            case UINT32 -> 12;
            case UINT64 -> 13;
        };
    }

    public static String name(long code) {
        return code >= 0 && code < NAMES.size() ? NAMES.get((int) code) : "code " + code;
    }

    /** For example {@code "has element type INT2; the interpreter supports float, ..."}. */
    public static String unsupported(long code) {
        return "has element type " + name(code) + "; the interpreter supports " + SUPPORTED;
    }
}

package hep.capsule.internal.interpreter.model;

/**
 * A tensor has an element type the interpreter cannot hold (float16, the float8, int4 and int2 families, strings...).
 * The reader keeps the value's name and type code so that the planner can name the operator and opset that would read
 * or write it.
 */
public class UnsupportedTypeException extends OnnxFormatException {
    private final String valueName;
    private final long typeCode;

    /** @param kind what the value is, for example {@code "tensor"} or {@code "graph input"} */
    public UnsupportedTypeException(String kind, String valueName, long typeCode) {
        super(kind + " '" + valueName + "' " + OnnxTypes.unsupported(typeCode));
        this.valueName = valueName;
        this.typeCode = typeCode;
    }

    public String valueName() {
        return valueName;
    }

    public long typeCode() {
        return typeCode;
    }
}

package hep.capsule.internal.interpreter.model;

import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.tensor.ElementType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A node's attributes by name, read with the type and default each operator expects. */
public record Attributes(Map<String, Attribute> byName) {
    public Attributes {
        byName = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    public float getFloat(String name, float defaultValue) {
        return optional(name, Attribute.FloatValue.class)
                .map(Attribute.FloatValue::value)
                .orElse(defaultValue);
    }

    public long getInt(String name, long defaultValue) {
        return optional(name, Attribute.IntValue.class)
                .map(Attribute.IntValue::value)
                .orElse(defaultValue);
    }

    public long requireInt(String name) {
        return require(name, Attribute.IntValue.class).value();
    }

    public String getString(String name, String defaultValue) {
        return optional(name, Attribute.StringValue.class)
                .map(Attribute.StringValue::value)
                .orElse(defaultValue);
    }

    public Optional<long[]> ints(String name) {
        return optional(name, Attribute.Ints.class).map(a -> a.values().clone());
    }

    public Optional<float[]> floats(String name) {
        return optional(name, Attribute.Floats.class).map(a -> a.values().clone());
    }

    public Optional<List<String>> strings(String name) {
        return optional(name, Attribute.Strings.class).map(Attribute.Strings::values);
    }

    public Optional<NdArray> tensor(String name) {
        if (byName.get(name) instanceof Attribute.UnsupportedTensor unsupported) {
            throw unsupportedTensor(name, unsupported.typeCode());
        }
        Optional<Attribute.TensorValue> tensor = optional(name, Attribute.TensorValue.class);
        if (tensor.isPresent() && OnnxTypes.elementType(tensor.get().typeCode()).isEmpty()) {
            throw unsupportedTensor(name, tensor.get().typeCode());
        }
        return tensor.map(Attribute.TensorValue::value);
    }

    private static InvalidOperandException unsupportedTensor(String name, long typeCode) {
        return new InvalidOperandException(
                "attribute '" + name + "' is a tensor that " + OnnxTypes.unsupported(typeCode));
    }

    /** An integer tensor attribute of any integer width (uint8 included), as longs. */
    public Optional<long[]> integerTensor(String name) {
        return optional(name, Attribute.TensorValue.class).map(t -> {
            NdArray value = t.value();
            if (value.type().isFloatingPoint() || value.type() == ElementType.BOOL) {
                throw new InvalidOperandException(
                        "attribute '" + name + "' should be an integer tensor but is " + value.describe());
            }
            return value.longs().clone();
        });
    }

    public <T extends Attribute> T require(String name, Class<T> kind) {
        return optional(name, kind)
                .orElseThrow(() -> new InvalidOperandException("the required attribute '" + name + "' is missing"));
    }

    private <T extends Attribute> Optional<T> optional(String name, Class<T> kind) {
        Attribute attribute = byName.get(name);
        if (attribute == null) {
            return Optional.empty();
        }
        if (!kind.isInstance(attribute)) {
            throw new InvalidOperandException("attribute '" + name + "' should be a " + kind.getSimpleName()
                    + " but is " + attribute.getClass().getSimpleName());
        }
        return Optional.of(kind.cast(attribute));
    }
}

package hep.capsule.internal.runner;

import hep.capsule.internal.schema.FeatureSpec;
import hep.capsule.internal.schema.InputSpec;
import hep.capsule.internal.schema.Normalisation;
import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Float16;
import hep.capsule.internal.tensor.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Turns physical values into what a model consumes, applying each feature's declared normalisation: the value is
 * widened to float64, the formula is evaluated in float64 (strict IEEE 754 on every JVM since Java 17), and the result
 * is rounded once to the input's type.
 */
public final class InputNormaliser {
    private final InputSpec input;
    private final List<Normalisation> perFeature;

    private InputNormaliser(InputSpec input, List<Normalisation> perFeature) {
        this.input = input;
        this.perFeature = perFeature;
    }

    /**
     * @throws IllegalArgumentException when a feature's normalisation is not filled in, or the input is not floating
     *     point but asks for a formula
     */
    public static InputNormaliser of(InputSpec input) {
        List<Normalisation> perFeature =
                input.features().stream().map(f -> normalisationOf(input, f)).toList();
        if (!input.type().isFloatingPoint() && perFeature.stream().anyMatch(n -> !(n instanceof Normalisation.None))) {
            throw new IllegalArgumentException("input " + input.name() + " is "
                    + input.type().descriptorName() + "; only floating-point inputs can be normalised");
        }
        return new InputNormaliser(input, perFeature);
    }

    private static Normalisation normalisationOf(InputSpec input, FeatureSpec feature) {
        return feature.normalisation()
                .orElseThrow(() -> new IllegalArgumentException("input " + input.name() + ", feature " + feature.name()
                        + ": its normalisation is MISSING, so raw values cannot be turned into model inputs"));
    }

    /** Applies the normalisation to a batch of raw values (float32 or float64, same shape as the input). */
    public Tensor apply(Tensor raw) {
        if (!raw.type().isFloatingPoint()) {
            throw new IllegalArgumentException("raw reference values of input " + input.name()
                    + " must be float16, float32 or float64, not " + raw.type().descriptorName());
        }
        long[] shape = raw.shape();
        long features = shape.length == 0 ? 1 : shape[shape.length - 1];
        if (features != perFeature.size()) {
            throw new IllegalArgumentException("raw reference values of input " + input.name() + " have " + features
                    + " features per event, the capsule describes " + perFeature.size());
        }
        ElementType outType = input.type();
        int count = Math.toIntExact(raw.elementCount());
        ByteBuffer in = raw.buffer();
        ByteBuffer out = ByteBuffer.allocate(count * outType.byteWidth()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) {
            double x = raw.type().valueAt(in, i);
            double y = perFeature.get((int) (i % features)).apply(x);
            switch (outType) {
                case FLOAT32 -> out.putFloat(4 * i, (float) y);
                case FLOAT64 -> out.putDouble(8 * i, y);
                case INT32 -> out.putInt(4 * i, (int) y);
                case INT64 -> out.putLong(8 * i, (long) y);
                case BOOL -> out.put(i, (byte) (y != 0 ? 1 : 0));
                // Rounded to float32 first, then to float16 (a double rounding, as numpy's astype chain would do).
                case FLOAT16 -> out.putShort(2 * i, Float16.fromFloat((float) y));
                default ->
                    throw new IllegalArgumentException("input " + input.name() + " is " + outType.descriptorName()
                            + ": raw reference values are normalised into float16, float32, float64, int32, "
                            + "int64 and bool"
                            + " inputs only; give the model-ready values as reference instead");
            }
        }
        return new Tensor(outType, shape, out.array());
    }
}

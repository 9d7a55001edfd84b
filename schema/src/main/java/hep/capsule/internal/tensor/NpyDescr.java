package hep.capsule.internal.tensor;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Maps the {@code descr} of an NPY header to an {@link ElementType}, explaining refusals. */
final class NpyDescr {

    private NpyDescr() {}

    static ElementType elementType(String descr, String fileName) throws NpyFormatException {
        if (isBool(descr)) {
            return ElementType.BOOL;
        }
        var known = ElementType.fromNpyDescr(descr).or(() -> oneByte(descr));
        if (known.isPresent()) {
            return known.get();
        }
        String problem = descr.startsWith(">") && !descr.endsWith("1")
                ? "big-endian dtype '" + descr + "' is not supported; convert it with numpy's astype('<"
                        + descr.substring(1) + "')"
                : "unsupported dtype '" + descr + "'";
        throw new NpyFormatException(fileName, problem + " (supported: " + supported() + ")");
    }

    /** numpy writes {@code |b1}; {@code ?} and {@code b1} with any byte-order mark mean the same. */
    private static boolean isBool(String descr) {
        String bare = bare(descr);
        return bare.equals("b1") || bare.equals("?");
    }

    /** numpy writes {@code |i1} and {@code |u1}; a single byte has no order, so any mark means the same. */
    private static java.util.Optional<ElementType> oneByte(String descr) {
        return switch (bare(descr)) {
            case "i1", "b" -> java.util.Optional.of(ElementType.INT8);
            case "u1", "B" -> java.util.Optional.of(ElementType.UINT8);
            default -> java.util.Optional.empty();
        };
    }

    private static String bare(String descr) {
        return descr.isEmpty() || "|<>=".indexOf(descr.charAt(0)) < 0 ? descr : descr.substring(1);
    }

    private static String supported() {
        return Arrays.stream(ElementType.values()).map(ElementType::npyDescr).collect(Collectors.joining(" "));
    }
}

package hep.capsule.internal.schema;

import java.util.Arrays;
import java.util.Optional;

/** An enumeration whose constants are spelled in the descriptor by a fixed word, e.g. {@code not_expected}. */
interface DescriptorEnum {

    /** The word used in capsule.yaml and capsule.json. */
    String descriptorName();

    static <E extends Enum<E> & DescriptorEnum> Optional<E> fromDescriptorName(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.descriptorName().equals(name))
                .findFirst();
    }
}

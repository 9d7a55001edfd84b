package hep.capsule.internal.cli;

import hep.capsule.internal.schema.DescriptorLimits;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --max-descriptor-size}: how large a descriptor, {@code capsule.yaml} or an archive's {@code capsule.json}, may
 * be.
 */
final class DescriptorSizeOption {
    @Option(
            names = "--max-descriptor-size",
            paramLabel = "SIZE",
            converter = ByteSize.class,
            description = "refuse a descriptor (capsule.yaml, or an archive's capsule.json) larger than this, "
                    + "e.g. 16M (default: 4M)")
    Long maxBytes;

    DescriptorLimits limits() throws UserError {
        if (maxBytes == null) {
            return DescriptorLimits.DEFAULT;
        }
        if (maxBytes > Integer.MAX_VALUE) {
            throw new UserError("--max-descriptor-size can be at most " + Integer.MAX_VALUE
                    + " bytes (2G less one byte), not " + maxBytes);
        }
        return DescriptorLimits.DEFAULT.withMaxBytes(maxBytes.intValue());
    }

    /** The option as given, for a worker process; nothing when the default applies. */
    List<String> asArguments() {
        return maxBytes == null ? List.of() : List.of("--max-descriptor-size", maxBytes.toString());
    }
}

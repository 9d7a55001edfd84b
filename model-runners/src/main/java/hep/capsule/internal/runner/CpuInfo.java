package hep.capsule.internal.runner;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The CPU model and the CPU features that can change floating-point results or the kernels a runtime picks, read from
 * the text of Linux's {@code /proc/cpuinfo}.
 *
 * @param model the CPU model, {@code unknown} when the text does not say
 * @param flags the relevant feature flags, sorted; empty when unknown
 */
public record CpuInfo(String model, List<String> flags) {

    public static final String UNKNOWN = "unknown";

    /** Prefixes of the flags kept: SIMD widths, fused multiply-add, half precision, matrix units. */
    private static final List<String> RELEVANT =
            List.of("sse", "ssse3", "avx", "fma", "f16c", "amx", "neon", "asimd", "sve", "fp16", "fphp");

    public CpuInfo {
        flags = List.copyOf(new TreeSet<>(flags));
    }

    public static CpuInfo unknown() {
        return new CpuInfo(UNKNOWN, List.of());
    }

    /**
     * Parses {@code /proc/cpuinfo}: the first processor's {@code model name} and {@code flags} on x86, or its
     * {@code CPU implementer}/{@code CPU part} and {@code Features} on ARM.
     */
    public static CpuInfo parse(String procCpuinfo) {
        String model = field(procCpuinfo, "model name")
                .or(() -> field(procCpuinfo, "CPU part")
                        .map(part -> "ARM implementer "
                                + field(procCpuinfo, "CPU implementer").orElse(UNKNOWN) + " part " + part))
                .orElse(UNKNOWN);
        String flags = field(procCpuinfo, "flags")
                .or(() -> field(procCpuinfo, "Features"))
                .orElse("");
        return new CpuInfo(
                model,
                Arrays.stream(flags.split("\\s+")).filter(CpuInfo::isRelevant).toList());
    }

    private static boolean isRelevant(String flag) {
        return RELEVANT.stream().anyMatch(flag::startsWith);
    }

    /** The value of the first line {@code name : value}, if any. */
    private static Optional<String> field(String text, String name) {
        return text.lines()
                .filter(line -> line.indexOf(':') > 0
                        && line.substring(0, line.indexOf(':')).strip().equals(name))
                .map(line -> line.substring(line.indexOf(':') + 1).strip())
                .filter(value -> !value.isEmpty())
                .findFirst();
    }
}

package hep.capsule.internal.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The facts about a machine that can make a model's outputs differ between the machine that packed a capsule and the
 * one verifying it: operating system, CPU model and features, and the Java runtime. Recorded in capsule.json at
 * packing; probed again when verifying.
 */
public record MachineEnvironment(
        String osName,
        String osVersion,
        String osArch,
        String cpuModel,
        List<String> cpuFlags,
        String javaVersion,
        String javaVendor,
        String javaVm) {

    public MachineEnvironment {
        cpuFlags = List.copyOf(new TreeSet<>(cpuFlags));
    }

    /**
     * Whether a runtime that picks its kernels by instruction set would run the same code here as on the other machine:
     * the same architecture and the same CPU flags.
     */
    public boolean sameKindAs(MachineEnvironment other) {
        return osArch.equals(other.osArch) && cpuFlags.equals(other.cpuFlags);
    }

    /**
     * One line per difference from the machine that packed the capsule, for example {@code CPU flags: avx512f present
     * when packing, absent here}; empty when nothing differs.
     */
    public List<String> differencesFrom(MachineEnvironment packing) {
        List<String> lines = new ArrayList<>();
        compare(lines, "OS", packing.osName + " " + packing.osVersion, osName + " " + osVersion);
        compare(lines, "Architecture", packing.osArch, osArch);
        compare(lines, "CPU", packing.cpuModel, cpuModel);
        if (packing.cpuFlags.isEmpty() || cpuFlags.isEmpty()) {
            compare(lines, "CPU flags", describeFlags(packing.cpuFlags), describeFlags(cpuFlags));
        } else {
            flagLines(lines, packing.cpuFlags, cpuFlags, "present when packing, absent here");
            flagLines(lines, cpuFlags, packing.cpuFlags, "absent when packing, present here");
        }
        compare(
                lines,
                "Java",
                packing.javaVersion + " (" + packing.javaVendor + ")",
                javaVersion + " (" + javaVendor + ")");
        compare(lines, "Java VM", packing.javaVm, javaVm);
        return lines;
    }

    private static void compare(List<String> lines, String what, String packing, String here) {
        if (!packing.equals(here)) {
            lines.add(what + ": " + packing + " when packing, " + here + " here");
        }
    }

    private static void flagLines(List<String> lines, List<String> in, List<String> notIn, String how) {
        in.stream().filter(flag -> !notIn.contains(flag)).forEach(flag -> lines.add("CPU flags: " + flag + " " + how));
    }

    private static String describeFlags(List<String> flags) {
        return flags.isEmpty() ? "unknown" : String.join(" ", flags);
    }
}

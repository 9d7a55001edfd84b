package hep.capsule.internal.verifier.report;

import hep.capsule.internal.schema.MachineEnvironment;
import hep.capsule.internal.schema.RuntimeRecord;
import java.util.List;

/**
 * Where a capsule was packed or verified: the Capsule release, the machine, and each model's runtimes with their
 * versions and settings.
 */
public record Environment(String capsuleVersion, MachineEnvironment machine, List<RuntimeRecord> runtimes) {
    public Environment {
        runtimes = List.copyOf(runtimes);
    }

    /** The runtimes once each, e.g. {@code onnxruntime 1.28.0}, in the order first met. */
    public List<String> runtimeVersions() {
        return runtimes.stream()
                .map(r -> r.runtime() + " " + r.version())
                .distinct()
                .toList();
    }

    /**
     * One line, e.g. {@code Capsule 0.1.0; onnxruntime 1.28.0; Java 17.0.15 (Debian); Linux 6.1.0 amd64; CPU Intel
     * Xeon}.
     */
    public String summary() {
        StringBuilder line = new StringBuilder("Capsule " + capsuleVersion);
        runtimeVersions().forEach(r -> line.append("; ").append(r));
        return line.append("; Java ")
                .append(machine.javaVersion())
                .append(" (")
                .append(machine.javaVendor())
                .append("); ")
                .append(machine.osName())
                .append(' ')
                .append(machine.osVersion())
                .append(' ')
                .append(machine.osArch())
                .append("; CPU ")
                .append(machine.cpuModel())
                .toString();
    }
}

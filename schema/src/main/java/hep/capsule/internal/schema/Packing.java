package hep.capsule.internal.schema;

import java.util.List;

/** The section {@code capsule pack} writes into capsule.json: how and where the capsule was packed. */
public record Packing(
        String capsuleVersion,
        String baggingDate,
        long batchSize,
        MachineEnvironment environment,
        List<RuntimeRecord> runtimes) {

    public Packing {
        runtimes = List.copyOf(runtimes);
    }
}

package hep.capsule.internal.runner;

import hep.capsule.internal.schema.MachineEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the facts of this machine that can change a model's outputs. */
public final class MachineProbe {
    private static final Path PROC_CPUINFO = Path.of("/proc/cpuinfo");

    private MachineProbe() {}

    /** This machine; CPU facts come from /proc/cpuinfo and are {@code unknown} without it. */
    public static MachineEnvironment probe() {
        CpuInfo cpu = readCpuInfo();
        return new MachineEnvironment(
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("os.arch"),
                cpu.model(),
                cpu.flags(),
                System.getProperty("java.version"),
                System.getProperty("java.vendor"),
                System.getProperty("java.vm.name"));
    }

    private static CpuInfo readCpuInfo() {
        try {
            return Files.isReadable(PROC_CPUINFO) ? CpuInfo.parse(Files.readString(PROC_CPUINFO)) : CpuInfo.unknown();
        } catch (IOException e) {
            return CpuInfo.unknown();
        }
    }
}

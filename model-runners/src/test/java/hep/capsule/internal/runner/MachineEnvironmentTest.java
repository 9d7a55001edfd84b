package hep.capsule.internal.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.schema.MachineEnvironment;
import java.util.List;
import org.junit.jupiter.api.Test;

class MachineEnvironmentTest {

    private static final String X86 = """
            processor	: 0
            vendor_id	: GenuineIntel
            cpu family	: 6
            model		: 106
            model name	: Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz
            flags		: fpu vme de pse tsc msr pae mce cx8 apic sse sse2 ssse3 fma cx16 sse4_1 sse4_2 \
            popcnt aes f16c rdrand avx avx2 bmi1 bmi2 avx512f avx512dq avx512bw avx512vl avx512_vnni sha_ni

            processor	: 1
            model name	: a second core, ignored
            flags		: fpu amx_tile
            """;

    private static final String AARCH64 = """
            processor	: 0
            BogoMIPS	: 243.75
            Features	: fp asimd evtstrm aes pmull sha1 sha2 crc32 atomics fphp asimdhp cpuid asimdrdm \
            lrcpc dcpop sha3 asimddp sha512 sve asimdfhm dit uscat ilrcpc flagm ssbs sb dcpodp sve2 svebf16 bf16
            CPU implementer	: 0x41
            CPU architecture: 8
            CPU variant	: 0x0
            CPU part	: 0xd40
            CPU revision	: 1
            """;

    @Test
    void parsesX86ModelNameAndKeepsOnlyFlagsThatChangeKernels() {
        CpuInfo cpu = CpuInfo.parse(X86);
        assertEquals("Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz", cpu.model());
        assertEquals(
                List.of(
                        "avx",
                        "avx2",
                        "avx512_vnni",
                        "avx512bw",
                        "avx512dq",
                        "avx512f",
                        "avx512vl",
                        "f16c",
                        "fma",
                        "sse",
                        "sse2",
                        "sse4_1",
                        "sse4_2",
                        "ssse3"),
                cpu.flags());
    }

    @Test
    void parsesAarch64PartAndFeatures() {
        CpuInfo cpu = CpuInfo.parse(AARCH64);
        assertEquals("ARM implementer 0x41 part 0xd40", cpu.model());
        assertEquals(
                List.of("asimd", "asimddp", "asimdfhm", "asimdhp", "asimdrdm", "fphp", "sve", "sve2", "svebf16"),
                cpu.flags());
    }

    @Test
    void saysUnknownWithoutCpuinfo() {
        assertEquals(CpuInfo.unknown(), CpuInfo.parse(""));
        assertEquals(new CpuInfo("unknown", List.of()), CpuInfo.parse("processor : 0\n"));
    }

    @Test
    void probesThisMachine() {
        MachineEnvironment here = MachineProbe.probe();
        assertEquals(System.getProperty("java.version"), here.javaVersion());
        assertEquals(System.getProperty("os.arch"), here.osArch());
        assertFalse(here.cpuModel().isBlank());
        assertEquals(List.of(), here.differencesFrom(here));
    }

    @Test
    void describesEveryDifferenceInOneLine() {
        MachineEnvironment packing = new MachineEnvironment(
                "Linux",
                "5.14.0",
                "amd64",
                "Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz",
                CpuInfo.parse(X86).flags(),
                "17.0.15",
                "Debian",
                "OpenJDK 64-Bit Server VM");
        MachineEnvironment here = new MachineEnvironment(
                "Linux",
                "6.1.0",
                "amd64",
                "AMD EPYC",
                List.of("avx", "avx2", "f16c", "fma", "sse", "sse2", "sse4_1", "sse4_2", "sse4a", "ssse3"),
                "25.0.1",
                "Eclipse Adoptium",
                "OpenJDK 64-Bit Server VM");
        assertEquals(
                List.of(
                        "OS: Linux 5.14.0 when packing, Linux 6.1.0 here",
                        "CPU: Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz when packing, AMD EPYC here",
                        "CPU flags: avx512_vnni present when packing, absent here",
                        "CPU flags: avx512bw present when packing, absent here",
                        "CPU flags: avx512dq present when packing, absent here",
                        "CPU flags: avx512f present when packing, absent here",
                        "CPU flags: avx512vl present when packing, absent here",
                        "CPU flags: sse4a absent when packing, present here",
                        "Java: 17.0.15 (Debian) when packing, 25.0.1 (Eclipse Adoptium) here"),
                here.differencesFrom(packing));
    }

    @Test
    void reportsUnknownFlagsOnceInsteadOfFlagByFlag() {
        MachineEnvironment packing = new MachineEnvironment(
                "Mac OS X", "14.5", "aarch64", "unknown", List.of(), "17.0.15", "Homebrew", "OpenJDK 64-Bit Server VM");
        MachineEnvironment here = new MachineEnvironment(
                "Linux",
                "6.1.0",
                "aarch64",
                "ARM implementer 0x41 part 0xd40",
                CpuInfo.parse(AARCH64).flags(),
                "17.0.15",
                "Homebrew",
                "OpenJDK 64-Bit Server VM");
        List<String> lines = here.differencesFrom(packing);
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(
                lines.contains("CPU flags: unknown when packing, "
                        + "asimd asimddp asimdfhm asimdhp asimdrdm fphp sve sve2 svebf16 here"),
                lines.toString());
    }
}

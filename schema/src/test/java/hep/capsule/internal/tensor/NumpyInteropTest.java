package hep.capsule.internal.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves, with the numpy installed on this machine, that numpy reads what we write bit for bit and that we read what
 * numpy writes. Skipped (not failed) where python3 or numpy is missing; NumpyFixturesTest covers the read side
 * everywhere.
 */
class NumpyInteropTest {

    private static final long[][] SHAPES = {{}, {0}, {7}, {3, 65}, {2, 3, 4}};

    @TempDir
    Path dir;

    @BeforeAll
    static void requireNumpy() throws Exception {
        assertEquals(
                0,
                python("import numpy").exitCode(),
                "python3 with numpy is not installed (./run-tests installs python3-numpy)");
    }

    @Test
    void numpyReadsWhatWeWriteAndSavesTheSameBytes() throws Exception {
        List<Path> files = new ArrayList<>();
        for (ElementType type : ElementType.values()) {
            for (long[] shape : SHAPES) {
                Path file = dir.resolve(type.descriptorName() + "_" + shape.length + "_" + files.size() + ".npy");
                Files.write(file, Npy.encode(NpyFiles.random(type, shape, files.size())));
                files.add(file);
            }
        }
        // numpy loads each file, checks it agrees about dtype and order, and saves it again;
        // the copy must equal our file byte for byte (header and data).
        String script = """
                import io, sys, numpy as np
                for path in sys.argv[1:]:
                    a = np.load(path, allow_pickle=False)
                    assert a.dtype.str in ('<f2', '<f4', '<f8', '|i1', '<i2', '<i4', '<i8',
                                           '|u1', '<u2', '<u4', '<u8', '|b1'), a.dtype.str
                    assert a.flags['C_CONTIGUOUS']
                    out = io.BytesIO(); np.save(out, a)
                    if out.getvalue() != open(path, 'rb').read():
                        sys.exit('differs: ' + path)
                print(len(sys.argv) - 1)
                """;
        Result result = python(script, files.stream().map(Path::toString).toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.output());
        assertEquals(Integer.toString(files.size()), result.output().strip());
    }

    @Test
    void weReadWhatNumpyWrites() throws Exception {
        String script = """
                import sys, numpy as np
                rng = np.random.default_rng(2024)
                d = sys.argv[1]
                np.save(d + '/f4.npy', rng.standard_normal((5, 10)).astype('<f4'))
                np.save(d + '/f8.npy', rng.standard_normal((3, 2, 2)))
                np.save(d + '/i4.npy', rng.integers(-2**31, 2**31, size=(6,), dtype='<i4'))
                np.save(d + '/i8.npy', rng.integers(-2**63, 2**63 - 1, size=(2, 3), dtype='<i8'))
                np.save(d + '/b1.npy', rng.integers(0, 2, size=(4, 4)).astype(bool))
                np.save(d + '/f2.npy', rng.standard_normal((3, 3)).astype('<f2'))
                np.save(d + '/i1.npy', rng.integers(-128, 128, size=(9,), dtype='i1'))
                np.save(d + '/i2.npy', rng.integers(-2**15, 2**15, size=(2, 5), dtype='<i2'))
                np.save(d + '/u1.npy', rng.integers(0, 256, size=(4, 2), dtype='u1'))
                np.save(d + '/u2.npy', rng.integers(0, 2**16, size=(3,), dtype='<u2'))
                np.save(d + '/u4.npy', rng.integers(0, 2**32, size=(2, 2), dtype='<u4'))
                np.save(d + '/u8.npy', rng.integers(0, 2**64, size=(5,), dtype='<u8'))
                for name in ('f4', 'f8', 'i4', 'i8', 'b1', 'f2', 'i1', 'i2', 'u1', 'u2', 'u4', 'u8'):
                    a = np.load(d + '/' + name + '.npy')
                    print(name, a.shape, a.tobytes().hex())
                """;
        Result result = python(script, dir.toString());
        assertEquals(0, result.exitCode(), result.output());
        for (String line : result.output().strip().split("\n")) {
            String[] parts = line.split(" ", 2);
            String hex = parts[1].substring(parts[1].lastIndexOf(' ') + 1);
            Tensor tensor =
                    Npy.decode(Files.readAllBytes(dir.resolve(parts[0] + ".npy")), parts[0], NpyLimits.defaults());
            assertArrayEquals(hexBytes(hex), tensor.data(), line);
            assertEquals(parts[0], tensor.type().npyDescr().substring(1));
        }
    }

    private static byte[] hexBytes(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }

    private record Result(int exitCode, String output) {}

    private static Result python(String script, String... args) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", "-c", script));
        command.addAll(List.of(args));
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "python3 timed out");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException notInstalled) {
            return new Result(-1, notInstalled.getMessage());
        }
    }
}

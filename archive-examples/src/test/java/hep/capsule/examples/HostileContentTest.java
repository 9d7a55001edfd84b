package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.archive.Finding;
import hep.capsule.internal.archive.FindingCode;
import hep.capsule.internal.archive.bag.BagLayout;
import hep.capsule.internal.verifier.Verifier;
import hep.capsule.internal.verifier.VerifyOptions;
import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.CheckStatus;
import hep.capsule.internal.verifier.report.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Archives whose content is hostile while every checksum matches (the attacker controls the manifests too): each is
 * INVALID, with a finding of the expected code that names the file.
 */
class HostileContentTest {
    private static final String MODEL = "data/models/resdnn_even/ANA-HIGP-2024-32_resDNN_model_even.onnx";
    private static final String INPUTS = "data/reference/resdnn_even/inputs/input.npy";

    @TempDir
    static Path temp;

    static BagSurgery hh;

    @BeforeAll
    static void packOnce() throws Exception {
        hh = BagSurgery.open(Examples.HH_RESDNN_EVEN.pack(temp.resolve("hh.tar.gz")));
    }

    static Stream<Arguments> hostileContents() {
        return Stream.of(
                hostile(
                        "a malformed ONNX model",
                        bag -> bag.files.put(MODEL, "not a protobuf at all".getBytes()),
                        MODEL,
                        FindingCode.MODEL_DOES_NOT_LOAD),
                hostile(
                        "a truncated ONNX model",
                        bag -> bag.files.put(MODEL, Arrays.copyOf(bag.files.get(MODEL), 3000)),
                        MODEL,
                        FindingCode.MODEL_DOES_NOT_LOAD),
                hostile(
                        "an NPY file with a malformed header",
                        bag -> bag.files.get(INPUTS)[20] = '!',
                        INPUTS,
                        FindingCode.NPY_MALFORMED),
                hostile(
                        "an NPY file in Fortran order",
                        bag -> replace(bag, INPUTS, "'fortran_order': False", "'fortran_order': True "),
                        INPUTS,
                        FindingCode.NPY_MALFORMED),
                hostile(
                        "an NPY file with a big-endian type",
                        bag -> replace(bag, INPUTS, "'<f4'", "'>f4'"),
                        INPUTS,
                        FindingCode.NPY_MALFORMED),
                hostile(
                        "an NPY file shorter than its header says",
                        bag -> bag.files.put(INPUTS, Arrays.copyOf(bag.files.get(INPUTS), 1000)),
                        INPUTS,
                        FindingCode.NPY_MALFORMED),
                hostile(
                        "an NPY file with a huge shape",
                        bag -> replace(bag, INPUTS, "(1000, 10)", "(9999999999999, 10)"),
                        INPUTS,
                        FindingCode.NPY_MALFORMED),
                hostile(
                        "capsule.json nested beyond reason",
                        bag -> bag.files.put(
                                BagLayout.CAPSULE_JSON, ("[".repeat(100_000) + "]".repeat(100_000)).getBytes()),
                        BagLayout.CAPSULE_JSON,
                        FindingCode.CAPSULE_JSON_INVALID),
                hostile(
                        "capsule.json of 8 MiB",
                        bag -> bag.files.put(BagLayout.CAPSULE_JSON, new byte[8 << 20]),
                        BagLayout.CAPSULE_JSON,
                        FindingCode.CAPSULE_JSON_INVALID),
                hostile(
                        "capsule.json naming a file outside data/",
                        bag -> replace(bag, BagLayout.CAPSULE_JSON, "\"data/models/resdnn_even/", "\"../../../etc/"),
                        BagLayout.CAPSULE_JSON,
                        FindingCode.NAMED_FILE_MISSING),
                hostile(
                        "a Payload-Oxum that lies",
                        bag -> replace(bag, BagLayout.BAG_INFO_TXT, "Payload-Oxum: ", "Payload-Oxum: 1"),
                        BagLayout.BAG_INFO_TXT,
                        FindingCode.PAYLOAD_OXUM_MISMATCH),
                hostile(
                        "a tar inside the tar, listed nowhere",
                        bag -> bag.files.put("data/inner.tar", new byte[10240]),
                        "data/inner.tar",
                        FindingCode.UNLISTED_PAYLOAD_FILE));
    }

    /** Resealed: the checksums match the hostile content. */
    private static Arguments hostile(String what, Consumer<BagSurgery> change, String file, FindingCode code) {
        return Arguments.of(what, change, file, code);
    }

    private static void replace(BagSurgery bag, String path, String from, String to) {
        String text = new String(bag.files.get(path), StandardCharsets.ISO_8859_1);
        String changed = text.replace(from, to);
        assertTrue(!changed.equals(text), "the test must change " + path + ": " + from);
        bag.files.put(path, changed.getBytes(StandardCharsets.ISO_8859_1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileContents")
    void isInvalidAndNamesTheFile(String what, Consumer<BagSurgery> change, String file, FindingCode code)
            throws Exception {
        BagSurgery bag = hh.copy();
        change.accept(bag);
        if (!file.equals("data/inner.tar") && !what.contains("Oxum")) {
            bag.reseal();
        }
        Path archive = temp.resolve("hostile.tar.gz");
        bag.write(archive);
        ArchiveReport report = new Verifier(VerifyOptions.defaults()).verify(archive);
        assertEquals(Verdict.INVALID, report.verdict(), what + ": " + report);
        List<Finding> failed = report.checks().stream()
                .filter(c -> c.status() == CheckStatus.FAILED)
                .flatMap(c -> c.findings().stream())
                .toList();
        assertTrue(failed.stream().anyMatch(f -> f.code() == code && f.file().endsWith(file)), what + ": " + failed);
    }
}

package hep.capsule.examples;

import hep.capsule.internal.archive.bag.BagDigests;
import hep.capsule.internal.archive.bag.BagLayout;
import hep.capsule.internal.archive.bag.DigestAlgorithm;
import hep.capsule.internal.archive.bag.Manifest;
import hep.capsule.internal.archive.bag.ManifestKind;
import hep.capsule.internal.archive.tar.Compression;
import hep.capsule.internal.runner.onnx.OnnxModelBuilder;
import hep.capsule.internal.signatures.LocalTimeStampAuthority;
import hep.capsule.internal.signatures.TestPki;
import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Npy;
import hep.capsule.internal.tensor.Tensor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Writes the conformance set of archive format 1 (the repository's {@code conformance/} folder): small capsules, valid
 * and broken, each with the verdict a plain {@code capsule verify} must give and the rule of docs/archive-format-1.md
 * it shows, listed in {@code cases.tsv}. Run once, by hand, and commit what it writes (the set is data: a later Capsule
 * must keep giving the same verdicts):
 *
 * <pre>
 * mvn -q -B -o package -DskipTests
 * mvn -q -B -o -pl archive-examples -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
 *     -Dmdep.outputFile=$PWD/cp.txt
 * cd archive-examples &amp;&amp; \
 *     java -cp "$(cat ../cp.txt):target/test-classes:target/classes" hep.capsule.examples.ConformanceSet ../conformance
 * </pre>
 */
public final class ConformanceSet {
    private static final String ONNX_MODEL = "data/models/tiny/tiny.onnx";
    private static final String ONNX_OUTPUT = "data/reference/tiny/outputs/y.npy";
    private static final String ONNX_WITNESS = "data/reference/tiny/witness-outputs/y.npy";
    private static final String ONNX_INPUT = "data/reference/tiny/inputs/x.npy";
    private static final String LWTNN_OUTPUT = "data/reference/net/outputs/outputs.npy";
    private static final int EVENTS = 16;

    private final Path out;
    private final Path work;
    private final List<String> rows = new ArrayList<>(List.of("archive\tverdict\trule\treason"));

    private ConformanceSet(Path out, Path work) {
        this.out = out;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).toAbsolutePath();
        Path work = Files.createTempDirectory("capsule-conformance");
        new ConformanceSet(out, work).writeAll();
    }

    private void writeAll() throws Exception {
        Path onnx = pack("tiny-onnx.yaml", "onnx.tar.gz", "{max_ulp: 4}");
        Path lwtnn = pack("tiny-lwtnn.yaml", "lwtnn.tar.gz", null);
        BagSurgery base = BagSurgery.open(onnx);

        copy(
                onnx,
                "valid/onnx.tar.gz",
                "REPRODUCED",
                "R-8.5",
                "ONNX model, physical inputs normalised again, onnxruntime and witness outputs all bit-identical");
        copy(
                packWith("tiny-onnx.yaml", "{max_ulp: 4}", "--compression", "none"),
                "valid/onnx.tar",
                "REPRODUCED",
                "R-2.2",
                "the same capsule as a plain tar, told apart from gzip by its first bytes");
        copy(
                lwtnn,
                "valid/lwtnn.tar.gz",
                "REPRODUCED",
                "R-6.3",
                "lwtnn network evaluated by its exact arithmetic; no witness");
        copy(
                packDraft(),
                "valid/draft.tar.gz",
                "REPRODUCED",
                "R-4.9",
                "a draft (packed with fields still MISSING) verifies like any capsule");
        signed(onnx);
        resealed(
                base,
                "valid/no-profile-identifier.tar.gz",
                "REPRODUCED",
                "R-3.2",
                "bag-info.txt without BagIt-Profile-Identifier, as capsules packed before the profile was published",
                bag -> replace(
                        bag,
                        BagLayout.BAG_INFO_TXT,
                        "BagIt-Profile-Identifier: " + BagLayout.BAGIT_PROFILE_IDENTIFIER + "\n",
                        ""));
        asIs(
                base,
                "valid/unmatched-signature.tar.gz",
                "REPRODUCED",
                "R-7.6",
                "a signature that does not match is reported INVALID but never changes the verdict",
                bag -> bag.files.put(
                        "tagmanifest-sha512.txt.asc",
                        "-----BEGIN PGP SIGNATURE-----\n\nnot a signature\n-----END PGP SIGNATURE-----\n"
                                .getBytes(StandardCharsets.US_ASCII)));

        resealed(
                base,
                "tolerance/declared-ulp.tar.gz",
                "REPRODUCED_WITHIN_TOLERANCE",
                "R-8.5",
                "one stored onnxruntime output 1 ULP away, within the declared tolerance max_ulp 4",
                bag -> nudge(bag, ONNX_OUTPUT, 3, 1));
        BagSurgery noTolerance = BagSurgery.open(packWith("tiny-onnx.yaml", null));
        resealed(
                noTolerance,
                "tolerance/other-kind-of-machine.tar.gz",
                "REPRODUCED_WITHIN_TOLERANCE",
                "R-8.7",
                "packed on another kind of machine (os_arch differs); onnxruntime output 1 ULP away, "
                        + "witness bit-identical, no cut changed",
                bag -> {
                    nudge(bag, ONNX_OUTPUT, 3, 1);
                    replaceRegex(
                            bag,
                            BagLayout.CAPSULE_JSON,
                            "\"os_arch\": \"[^\"]*\"",
                            "\"os_arch\": \"conformance-machine\"");
                });

        resealed(
                noTolerance,
                "not-reproduced/cut-changed.tar.gz",
                "NOT_REPRODUCED",
                "R-8.5",
                "a stored onnxruntime output moved across the working point y > 0.5: a cut decision changed",
                bag -> setFloat(bag, ONNX_OUTPUT, 0, flipAcross(bag, ONNX_OUTPUT, 0)));
        resealed(
                base,
                "not-reproduced/witness.tar.gz",
                "NOT_REPRODUCED",
                "R-8.6",
                "a stored witness output 1 ULP away: the witness must be bit-identical on any machine",
                bag -> nudge(bag, ONNX_WITNESS, 5, 1));
        resealed(
                base,
                "not-reproduced/normalised-input.tar.gz",
                "NOT_REPRODUCED",
                "R-6.4",
                "a stored model-ready input 1 ULP away from the normalised physical value",
                bag -> nudge(bag, ONNX_INPUT, 0, 1));
        resealed(
                BagSurgery.open(lwtnn),
                "not-reproduced/lwtnn-output.tar.gz",
                "NOT_REPRODUCED",
                "R-8.5",
                "a stored lwtnn output 1 ULP away; no tolerance is declared and without a witness no "
                        + "machine excuses it",
                bag -> nudge(bag, LWTNN_OUTPUT, 2, 1));

        writeContainerCases(onnx, base);
        writeBagCases(base);
        writeMetadataCases(base);
        Files.writeString(out.resolve("cases.tsv"), String.join("\n", rows) + "\n");
    }

    private void writeContainerCases(Path onnx, BagSurgery base) throws IOException {
        byte[] archive = Files.readAllBytes(onnx);
        raw(
                "invalid/not-an-archive.tar.gz",
                "INVALID",
                "R-2.2",
                "neither gzip (1f 8b) nor a POSIX tar (ustar at byte 257)",
                "capsule.json\n".getBytes(StandardCharsets.US_ASCII));
        raw(
                "invalid/truncated.tar.gz",
                "INVALID",
                "R-2.3",
                "the gzip stream ends half-way",
                Arrays.copyOf(archive, archive.length / 2));
        raw(
                "invalid/data-after-gzip.tar.gz",
                "INVALID",
                "R-2.3",
                "bytes follow the end of the gzip stream",
                concat(archive, "hidden".getBytes(StandardCharsets.US_ASCII)));
        byte[] tar = tar(base, List.of());
        raw(
                "invalid/data-after-tar-end.tar",
                "INVALID",
                "R-2.8",
                "non-zero bytes follow the tar's end-of-archive blocks",
                concat(tar, Arrays.copyOf("hidden".getBytes(StandardCharsets.US_ASCII), 512)));
        String top = base.topFolder + "/";
        hostile(
                base,
                "invalid/path-traversal.tar.gz",
                "R-2.6",
                "an entry name with a .. segment",
                List.of(Extra.file(top + "data/../../evil.txt")));
        hostile(
                base,
                "invalid/absolute-path.tar.gz",
                "R-2.6",
                "an absolute entry name",
                List.of(Extra.file("/tmp/evil.txt")));
        hostile(
                base,
                "invalid/windows-device-name.tar.gz",
                "R-2.6",
                "an entry named like a Windows device (aux.txt)",
                List.of(Extra.file(top + "data/files/note/aux.txt")));
        hostile(
                base,
                "invalid/symbolic-link.tar.gz",
                "R-2.5",
                "a symbolic link entry",
                List.of(new Extra(top + "data/link", TarConstants.LF_SYMLINK, "/etc/passwd")));
        hostile(
                base,
                "invalid/two-top-folders.tar.gz",
                "R-2.4",
                "a file outside the single top folder",
                List.of(Extra.file("other-folder/readme.txt")));
        hostile(
                base,
                "invalid/duplicate-entry.tar.gz",
                "R-2.7",
                "the same entry name twice",
                List.of(Extra.file(top + "README.txt")));
        hostile(
                base,
                "invalid/case-collision.tar.gz",
                "R-2.7",
                "two names equal after case folding",
                List.of(Extra.file(top + "data/models/tiny/TINY.onnx")));
    }

    private void writeBagCases(BagSurgery base) throws IOException {
        resealed(
                base,
                "invalid/no-bagit-txt.tar.gz",
                "INVALID",
                "R-3.1",
                "bagit.txt is missing",
                bag -> bag.files.remove(BagLayout.BAGIT_TXT));
        resealed(
                base,
                "invalid/bagit-version.tar.gz",
                "INVALID",
                "R-3.1",
                "bagit.txt declares BagIt-Version 0.97",
                bag -> replace(bag, BagLayout.BAGIT_TXT, "BagIt-Version: 1.0", "BagIt-Version: 0.97"));
        asIs(
                base,
                "invalid/payload-changed.tar.gz",
                "INVALID",
                "R-3.5",
                "one byte of the model changed: no checksum matches",
                bag -> bag.files.get(ONNX_MODEL)[10] ^= 1);
        tagsResealed(
                base,
                "invalid/one-manifest-wrong.tar.gz",
                "R-3.5",
                "manifest-sha256.txt gives the model a wrong checksum while manifest-sha512.txt matches",
                bag -> {
                    String line = BagDigests.of(bag.files.get(ONNX_MODEL)).get(DigestAlgorithm.SHA256);
                    replace(bag, "manifest-sha256.txt", line, "0".repeat(line.length()));
                });
        asIs(
                base,
                "invalid/unlisted-payload-file.tar.gz",
                "INVALID",
                "R-3.5",
                "a payload file no manifest lists",
                bag -> bag.files.put("data/files/note/extra.txt", "extra\n".getBytes(StandardCharsets.US_ASCII)));
        asIs(
                base,
                "invalid/listed-file-missing.tar.gz",
                "INVALID",
                "R-3.5",
                "a payload file the manifests list is not in the archive",
                bag -> bag.files.remove(ONNX_WITNESS));
        asIs(
                base,
                "invalid/unlisted-tag-file.tar.gz",
                "INVALID",
                "R-3.6",
                "a tag file no tag manifest lists (and not a signature)",
                bag -> bag.files.put("notes.txt", "extra\n".getBytes(StandardCharsets.US_ASCII)));
        asIs(
                base,
                "invalid/tag-manifest-not-canonical.tar.gz",
                "INVALID",
                "R-3.4",
                "tagmanifest-sha256.txt with upper-case checksums: tag manifests must be written byte for "
                        + "byte canonically",
                bag -> bag.files.put(
                        "tagmanifest-sha256.txt",
                        new String(bag.files.get("tagmanifest-sha256.txt"), StandardCharsets.US_ASCII)
                                .toUpperCase(java.util.Locale.ROOT)
                                .replace("  TAGMANIFEST", "  tagmanifest")
                                .getBytes(StandardCharsets.US_ASCII)));
        asIs(
                base,
                "invalid/payload-oxum.tar.gz",
                "INVALID",
                "R-3.3",
                "Payload-Oxum does not match the payload",
                bag -> replaceRegex(bag, BagLayout.BAG_INFO_TXT, "Payload-Oxum: (\\d+)\\.", "Payload-Oxum: 1$1."));
        asIs(
                base,
                "invalid/orphan-time-stamp.tar.gz",
                "INVALID",
                "R-7.4",
                "a .tsr time-stamp file beside no OpenPGP signature",
                bag -> bag.files.put("tagmanifest-sha512.txt.asc.tsr", new byte[] {0x30, 0x00}));
    }

    private void writeMetadataCases(BagSurgery base) throws IOException {
        resealed(
                base,
                "invalid/no-capsule-json.tar.gz",
                "INVALID",
                "R-4.1",
                "the bag has no capsule.json",
                bag -> bag.files.remove(BagLayout.CAPSULE_JSON));
        resealed(
                base,
                "invalid/unknown-capsule-schema.tar.gz",
                "INVALID",
                "R-10.1",
                "capsule_schema 2, a version this reader does not know",
                bag -> replace(bag, BagLayout.CAPSULE_JSON, "\"capsule_schema\": 1,", "\"capsule_schema\": 2,"));
        resealed(
                base,
                "invalid/schema-violation.tar.gz",
                "INVALID",
                "R-4.2",
                "an input type complex64, which the JSON Schema does not allow",
                bag -> replace(bag, BagLayout.CAPSULE_JSON, "\"type\": \"float32\"", "\"type\": \"complex64\""));
        resealed(
                base,
                "invalid/feature-count.tar.gz",
                "INVALID",
                "R-4.3.4",
                "shape [null, 3] but two features",
                bag -> replaceRegex(
                        bag, BagLayout.CAPSULE_JSON, "\"shape\": \\[\\s*null,\\s*2\\s*\\]", "\"shape\": [null, 3]"));
        resealed(
                base,
                "invalid/no-packing-record.tar.gz",
                "INVALID",
                "R-4.5",
                "capsule.json has no packing record",
                bag -> replaceRegex(bag, BagLayout.CAPSULE_JSON, "(?s)\"packing\": \\{.*?\n  \\},\n", ""));
        resealed(
                base,
                "invalid/names-missing-file.tar.gz",
                "INVALID",
                "R-4.6",
                "capsule.json names a reference file not in the payload",
                bag -> replace(
                        bag,
                        BagLayout.CAPSULE_JSON,
                        "\"" + ONNX_WITNESS + "\"",
                        "\"data/reference/tiny/witness-outputs/z.npy\""));
        resealed(
                base,
                "invalid/no-stored-reference.tar.gz",
                "INVALID",
                "R-4.6",
                "an output of capsule.json names no stored_reference",
                bag -> replaceRegex(bag, BagLayout.CAPSULE_JSON, "\\s*\"stored_reference\": \"[^\"]*\",", ""));
        resealed(
                base,
                "invalid/batch-size.tar.gz",
                "INVALID",
                "R-4.7",
                "the packing record's batch_size is 0",
                bag -> replaceRegex(bag, BagLayout.CAPSULE_JSON, "\"batch_size\": \"\\d+\"", "\"batch_size\": \"0\""));
        resealed(
                base,
                "invalid/npy-fortran-order.tar.gz",
                "INVALID",
                "R-5.1",
                "a reference tensor in Fortran order",
                bag -> replace(bag, ONNX_INPUT, "'fortran_order': False", "'fortran_order': True "));
        resealed(
                base,
                "invalid/npy-big-endian.tar.gz",
                "INVALID",
                "R-5.1",
                "a reference tensor with a big-endian element type",
                bag -> replace(bag, ONNX_OUTPUT, "'<f4'", "'>f4'"));
        resealed(
                base,
                "invalid/npy-more-events.tar.gz",
                "INVALID",
                "R-8.4",
                "a stored output holds more events than the reference inputs",
                bag -> bag.files.put(ONNX_OUTPUT, Npy.encode(rows(bag, ONNX_OUTPUT, EVENTS + 1))));
        resealed(
                base,
                "invalid/model-does-not-load.tar.gz",
                "INVALID",
                "R-6.1",
                "the ONNX model is not a protobuf",
                bag -> bag.files.put(ONNX_MODEL, "not an ONNX model\n".getBytes(StandardCharsets.US_ASCII)));
        resealed(
                base,
                "invalid/interface-mismatch.tar.gz",
                "INVALID",
                "R-8.2",
                "capsule.json calls the model's input x0, the model calls it x",
                bag -> replace(bag, BagLayout.CAPSULE_JSON, "\"name\": \"x\"", "\"name\": \"x0\""));
    }

    // --- packing -------------------------------------------------------------------------------------------

    private Path pack(String yaml, String name, String tolerance) throws Exception {
        return packWith(yaml, tolerance);
    }

    private Path packWith(String yaml, String tolerance, String... options) throws Exception {
        Path folder = sources(yaml, tolerance, false);
        Path archive = work.resolve(folder.getFileName() + (options.length > 0 ? ".tar" : ".tar.gz"));
        List<String> command = new ArrayList<>(
                List.of("pack", folder.resolve("capsule.yaml").toString(), "-o", archive.toString(), "--force"));
        command.addAll(List.of(options));
        run(command);
        return archive;
    }

    private Path packDraft() throws Exception {
        Path folder = sources("tiny-onnx.yaml", "{max_ulp: 4}", true);
        Path archive = work.resolve("draft.tar.gz");
        run(List.of("pack", folder.resolve("capsule.yaml").toString(), "-o", archive.toString(), "--force", "--draft"));
        return archive;
    }

    private int folders;

    /** The descriptor, model and reference tensors of a tiny capsule in a folder of their own. */
    private Path sources(String yaml, String tolerance, boolean draft) throws Exception {
        Path folder = Files.createDirectories(work.resolve("src-" + folders++));
        String text = resource(yaml);
        text = tolerance == null
                ? text.replace("        tolerance: TOLERANCE\n", "")
                : text.replace("TOLERANCE", tolerance);
        if (draft) {
            text = text.replace("meaning: two scores", "meaning: MISSING");
        }
        Files.writeString(folder.resolve("capsule.yaml"), text);
        Files.write(folder.resolve("tiny.onnx"), tinyOnnx());
        Files.write(
                folder.resolve("raw_x.npy"),
                Npy.encode(tensor(ElementType.FLOAT32, 2, i -> i % 2 == 0 ? 20.0 + 31.25 * i : -2.5 + 0.3125 * i)));
        Files.writeString(folder.resolve("tiny-lwtnn.json"), resource("tiny-lwtnn.json"));
        Files.write(
                folder.resolve("inputs.npy"),
                Npy.encode(tensor(ElementType.FLOAT64, 2, i -> i % 2 == 0 ? 40.0 + 7.5 * i : -2.0 + 0.25 * i)));
        return folder;
    }

    private static byte[] tinyOnnx() {
        return new OnnxModelBuilder(13)
                .input("x", OnnxModelBuilder.FLOAT, -1, 2)
                .output("y", OnnxModelBuilder.FLOAT, -1, 2)
                .floats("w", new long[] {2}, 0.5f, 2.0f)
                .floats("b", new long[] {2}, 0.25f, -1.0f)
                .node("Mul", List.of("x", "w"), List.of("xw"))
                .node("Add", List.of("xw", "b"), List.of("y"))
                .build();
    }

    private static Tensor tensor(ElementType type, int width, java.util.function.IntToDoubleFunction value) {
        ByteBuffer data = ByteBuffer.allocate(EVENTS * width * type.byteWidth()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < EVENTS * width; i++) {
            if (type == ElementType.FLOAT32) {
                data.putFloat((float) value.applyAsDouble(i));
            } else {
                data.putDouble(value.applyAsDouble(i));
            }
        }
        return new Tensor(type, new long[] {EVENTS, width}, data.array());
    }

    private static String resource(String name) throws IOException {
        try (var in = ConformanceSet.class.getResourceAsStream("/conformance/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Runs the {@code capsule} launcher, as a user would. */
    private void run(List<String> command) throws IOException, InterruptedException {
        Launcher.Run run = Launcher.run(work, command.toArray(String[]::new));
        if (run.exitCode() != 0) {
            throw new IllegalStateException(
                    "capsule " + String.join(" ", command) + " exited with " + run.exitCode() + ": " + run.all());
        }
    }

    /** The capsule signed twice with OpenPGP (the first time-stamped by a local authority), and once with CMS. */
    private void signed(Path onnx) throws Exception {
        Path keys = work.resolve("keys");
        Path pass = Files.writeString(work.resolve("pass"), "conformance\n");
        run(List.of(
                "keygen",
                "--uid",
                "Capsule conformance <capsule@example.org>",
                "-o",
                keys.toString(),
                "--passphrase-file",
                pass.toString()));
        Files.createDirectories(out.resolve("keys"));
        Files.copy(
                keys.resolve("public.asc"),
                out.resolve("keys/openpgp-public.asc"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Path openpgp = Files.copy(onnx, work.resolve("openpgp.tar.gz"));
        run(List.of(
                "sign",
                openpgp.toString(),
                "--key",
                keys.resolve("secret.asc").toString(),
                "--passphrase-file",
                pass.toString()));
        copy(
                openpgp,
                "valid/openpgp-signed.tar.gz",
                "REPRODUCED",
                "R-7.2",
                "an OpenPGP signature of tagmanifest-sha512.txt (UNKNOWN_KEY without --trust keys/openpgp-public.asc)");

        TestPki pki = new TestPki("Capsule conformance TSA CA");
        Files.writeString(out.resolve("keys/tsa-ca.pem"), TestPki.pem(pki.root.certificate()));
        Path stamped = Files.copy(onnx, work.resolve("stamped.tar.gz"));
        try (LocalTimeStampAuthority tsa =
                new LocalTimeStampAuthority(pki.timeStamping("CN=Capsule conformance TSA"))) {
            run(List.of(
                    "sign",
                    stamped.toString(),
                    "--key",
                    keys.resolve("secret.asc").toString(),
                    "--passphrase-file",
                    pass.toString(),
                    "--tsa",
                    tsa.url().toString()));
        }
        copy(
                stamped,
                "valid/openpgp-time-stamped.tar.gz",
                "REPRODUCED",
                "R-7.4",
                "an OpenPGP signature with its RFC 3161 time-stamp beside it (tagmanifest-sha512.txt.asc.tsr)");

        Path key = work.resolve("cms-key.pem");
        Path cert = work.resolve("cms-cert.pem");
        Process openssl = new ProcessBuilder(
                        "openssl",
                        "req",
                        "-x509",
                        "-newkey",
                        "ec",
                        "-pkeyopt",
                        "ec_paramgen_curve:prime256v1",
                        "-nodes",
                        "-keyout",
                        key.toString(),
                        "-out",
                        cert.toString(),
                        "-subj",
                        "/CN=Capsule conformance signer",
                        "-days",
                        "36500")
                .redirectErrorStream(true)
                .start();
        openssl.getInputStream().readAllBytes();
        if (openssl.waitFor() != 0) {
            throw new IllegalStateException("openssl req failed");
        }
        Files.copy(cert, out.resolve("keys/cms-signer.pem"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path cms = Files.copy(onnx, work.resolve("cms.tar.gz"));
        run(List.of("sign", cms.toString(), "--key", key.toString(), "--cert", cert.toString()));
        copy(
                cms,
                "valid/cms-signed.tar.gz",
                "REPRODUCED",
                "R-7.3",
                "a CMS signature by a self-signed X.509 certificate (VALID_UNTRUSTED without --trust-ca "
                        + "keys/cms-signer.pem)");
    }

    // --- writing cases -------------------------------------------------------------------------------------

    private void row(String archive, String verdict, String rule, String reason) {
        rows.add(archive + "\t" + verdict + "\t" + rule + "\t" + reason);
    }

    private Path target(String archive) throws IOException {
        Path file = out.resolve(archive);
        Files.createDirectories(file.getParent());
        return file;
    }

    private void copy(Path from, String archive, String verdict, String rule, String reason) throws IOException {
        Files.copy(from, target(archive), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        row(archive, verdict, rule, reason);
    }

    private void raw(String archive, String verdict, String rule, String reason, byte[] bytes) throws IOException {
        Files.write(target(archive), bytes);
        row(archive, verdict, rule, reason);
    }

    /** Changed, then written with manifests and Payload-Oxum that describe the change truthfully. */
    private void resealed(
            BagSurgery base, String archive, String verdict, String rule, String reason, Consumer<BagSurgery> change)
            throws IOException {
        BagSurgery bag = base.copy();
        change.accept(bag);
        bag.reseal().write(target(archive), Compression.DEFAULT);
        row(archive, verdict, rule, reason);
    }

    /** Changed, and written without touching the manifests. */
    private void asIs(
            BagSurgery base, String archive, String verdict, String rule, String reason, Consumer<BagSurgery> change)
            throws IOException {
        BagSurgery bag = base.copy();
        change.accept(bag);
        bag.write(target(archive), Compression.DEFAULT);
        row(archive, verdict, rule, reason);
    }

    /** Changed, with only the tag manifests recomputed (so the change is in a payload manifest alone). */
    private void tagsResealed(BagSurgery base, String archive, String rule, String reason, Consumer<BagSurgery> change)
            throws IOException {
        BagSurgery bag = base.copy();
        change.accept(bag);
        for (DigestAlgorithm algorithm : BagLayout.ALGORITHMS) {
            Map<String, String> checksums = new LinkedHashMap<>();
            bag.files.forEach((path, bytes) -> {
                if (ManifestKind.TAG.mustList(path)) {
                    checksums.put(path, BagDigests.of(bytes).get(algorithm));
                }
            });
            bag.files.put(ManifestKind.TAG.fileName(algorithm), new Manifest(algorithm, checksums).toBytes());
        }
        bag.write(target(archive), Compression.DEFAULT);
        row(archive, "INVALID", rule, reason);
    }

    /** An entry a safe reader must refuse, after the capsule's own entries. */
    private record Extra(String name, byte type, String linkTarget) {
        static Extra file(String name) {
            return new Extra(name, TarConstants.LF_NORMAL, null);
        }
    }

    private void hostile(BagSurgery base, String archive, String rule, String reason, List<Extra> extras)
            throws IOException {
        Files.write(target(archive), gzip(tar(base, extras)));
        row(archive, "INVALID", rule, reason);
    }

    private static byte[] tar(BagSurgery bag, List<Extra> extras) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes, StandardCharsets.UTF_8.name())) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, byte[]> file : bag.files.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(bag.topFolder + "/" + file.getKey(), true);
                entry.setSize(file.getValue().length);
                tar.putArchiveEntry(entry);
                tar.write(file.getValue());
                tar.closeArchiveEntry();
            }
            for (Extra extra : extras) {
                TarArchiveEntry entry = new TarArchiveEntry(extra.name(), extra.type(), true);
                if (extra.linkTarget() != null) {
                    entry.setLinkName(extra.linkTarget());
                    tar.putArchiveEntry(entry);
                } else {
                    entry.setSize(6);
                    tar.putArchiveEntry(entry);
                    tar.write("extra\n".getBytes(StandardCharsets.US_ASCII));
                }
                tar.closeArchiveEntry();
            }
            tar.finish();
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    // --- changing files ------------------------------------------------------------------------------------

    private static void replace(BagSurgery bag, String path, String from, String to) {
        String text = new String(bag.files.get(path), StandardCharsets.ISO_8859_1);
        String changed = text.replace(from, to);
        if (changed.equals(text)) {
            throw new IllegalStateException(path + " holds no " + from);
        }
        bag.files.put(path, changed.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void replaceRegex(BagSurgery bag, String path, String regex, String to) {
        String text = new String(bag.files.get(path), StandardCharsets.ISO_8859_1);
        String changed = text.replaceFirst(regex, to);
        if (changed.equals(text)) {
            throw new IllegalStateException(path + " has nothing matching " + regex);
        }
        bag.files.put(path, changed.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Tensor decode(BagSurgery bag, String path) {
        try {
            return Npy.decode(bag.files.get(path), path, hep.capsule.internal.tensor.NpyLimits.defaults());
        } catch (hep.capsule.internal.tensor.NpyFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves one element by {@code ulps} units in the last place (float32 or float64). */
    private static void nudge(BagSurgery bag, String path, int element, int ulps) {
        Tensor tensor = decode(bag, path);
        ByteBuffer data = ByteBuffer.wrap(tensor.data()).order(ByteOrder.LITTLE_ENDIAN);
        if (tensor.type() == ElementType.FLOAT32) {
            data.putInt(4 * element, data.getInt(4 * element) + ulps);
        } else {
            data.putLong(8 * element, data.getLong(8 * element) + ulps);
        }
        bag.files.put(path, Npy.encode(tensor));
    }

    private static float flipAcross(BagSurgery bag, String path, int element) {
        float value = ByteBuffer.wrap(decode(bag, path).data())
                .order(ByteOrder.LITTLE_ENDIAN)
                .getFloat(4 * element);
        return value > 0.5f ? 0.0f : 1.0f;
    }

    private static void setFloat(BagSurgery bag, String path, int element, float value) {
        Tensor tensor = decode(bag, path);
        ByteBuffer.wrap(tensor.data()).order(ByteOrder.LITTLE_ENDIAN).putFloat(4 * element, value);
        bag.files.put(path, Npy.encode(tensor));
    }

    /** The first {@code events} rows of a stored tensor, repeated from the start when it has fewer. */
    private static Tensor rows(BagSurgery bag, String path, int events) {
        Tensor tensor = decode(bag, path);
        int rowBytes = (int) (tensor.data().length / tensor.rows());
        byte[] data = new byte[events * rowBytes];
        for (int r = 0; r < events; r++) {
            System.arraycopy(tensor.data(), (int) (r % tensor.rows()) * rowBytes, data, r * rowBytes, rowBytes);
        }
        long[] shape = tensor.shape().clone();
        shape[0] = events;
        return new Tensor(tensor.type(), shape, data);
    }
}

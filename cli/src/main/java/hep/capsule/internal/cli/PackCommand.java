package hep.capsule.internal.cli;

import hep.capsule.internal.archive.tar.Compression;
import hep.capsule.internal.packager.PackException;
import hep.capsule.internal.packager.PackOptions;
import hep.capsule.internal.packager.PackResult;
import hep.capsule.internal.packager.Packager;
import hep.capsule.internal.signatures.TagManifestSigner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "pack",
        mixinStandardHelpOptions = true,
        description = "Pack a capsule: the model, its input specification, reference inputs and the outputs the "
                + "model gives on them now, into one checksummed, reproducible archive.")
final class PackCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DESCRIPTOR", description = "the capsule.yaml")
    Path descriptor;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "ARCHIVE",
            description = "the archive to write, e.g. NAME.capsule.tar.gz")
    Path output;

    @Option(names = "--force", description = "replace ARCHIVE if it exists")
    boolean force;

    @Option(
            names = "--draft",
            description = "pack even though fields are still MISSING; the capsule says it is a draft")
    boolean draft;

    @Option(
            names = "--batch-size",
            paramLabel = "EVENTS",
            defaultValue = "" + PackOptions.DEFAULT_BATCH_SIZE,
            description = "events per model execution (default: ${DEFAULT-VALUE}); recorded in the capsule")
    int batchSize;

    /** How the archive's tar is stored. */
    enum CompressionKind {
        gzip,
        none
    }

    @Option(
            names = "--compression",
            paramLabel = "gzip|none",
            defaultValue = "gzip",
            description = "gzip: a .tar.gz (default); none: a plain .tar, faster to write and to verify, for "
                    + "payloads gzip barely shrinks")
    CompressionKind compression;

    @Option(
            names = {"--gzip-level", "--compression-level"},
            paramLabel = "1-9",
            description = "gzip compression level (default: " + Compression.DEFAULT_GZIP_LEVEL
                    + ", chosen from measurements: higher levels save little on float tensors)")
    Integer gzipLevel;

    @Option(
            names = "--sign-key",
            paramLabel = "KEY",
            description = "sign the capsule: an OpenPGP secret key (secret.asc), a PEM private key, or a PKCS#12 file")
    Path signKey;

    @Mixin
    SigningOptions signing;

    @Mixin
    DescriptorSizeOption descriptorSize;

    @Mixin
    TensorSizeOption tensorSize;

    @Mixin
    ModelMemoryOption modelMemory;

    @Override
    public Integer call() throws IOException, PackException, UserError {
        Compression archiveCompression = archiveCompression();
        Optional<TagManifestSigner> signer = signKey == null ? Optional.empty() : Optional.of(signing.unlock(signKey));
        PackOptions options;
        try {
            options = new PackOptions(
                    descriptor,
                    output,
                    force,
                    draft,
                    batchSize,
                    PackOptions.sourceDateEpochFrom(System.getenv("SOURCE_DATE_EPOCH")),
                    archiveCompression,
                    signer,
                    descriptorSize.limits(),
                    tensorSize.limits(),
                    modelMemory.budget());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        DataSegmentLimit.forThisProcess(options.modelMemory()).applyToThisProcess();
        PackResult result = Packager.pack(options);
        result.warnings().forEach(warning -> System.err.println("capsule: warning: " + warning));
        System.out.println("packed " + result.archive()
                + (result.draft() ? " (DRAFT: " + result.missingFields() + " fields MISSING)" : ""));
        System.out.println("  reference events executed: " + result.events()
                + String.format(Locale.ROOT, " (%.2f s)", result.referenceTime().toNanos() / 1e9));
        System.out.println("  sha256: " + result.sha256());
        return ExitCodes.OK;
    }

    /**
     * The compression {@code --compression} and {@code --gzip-level} ask for, refused when they contradict each other.
     */
    private Compression archiveCompression() throws UserError {
        if (compression == CompressionKind.none) {
            if (gzipLevel != null) {
                throw new UserError("--gzip-level " + gzipLevel
                        + " has no effect with --compression none, which writes a plain tar;" + " drop one of the two");
            }
            return Compression.NONE;
        }
        try {
            return Compression.gzip(gzipLevel == null ? Compression.DEFAULT_GZIP_LEVEL : gzipLevel);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}

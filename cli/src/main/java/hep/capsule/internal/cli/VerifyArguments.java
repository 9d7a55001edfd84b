package hep.capsule.internal.cli;

import hep.capsule.internal.archive.tar.ArchiveLimits;
import hep.capsule.internal.signatures.SigningException;
import hep.capsule.internal.signatures.TrustAnchors;
import hep.capsule.internal.verifier.VerifyOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that decide how one archive is verified, shared by {@code verify} and its per-archive worker, which
 * receives them again as {@link #asArguments() arguments}.
 */
final class VerifyArguments {
    @Option(
            names = "--trust",
            paramLabel = "KEYRING",
            description = "OpenPGP public keys whose signatures are TRUSTED (e.g. public.asc); repeatable")
    List<Path> trustedKeys = new ArrayList<>();

    @Option(
            names = "--trust-ca",
            paramLabel = "CA.pem",
            description =
                    "CA certificates (PEM) whose certificates' CMS signatures and time-stamps are TRUSTED; repeatable")
    List<Path> trustedAuthorities = new ArrayList<>();

    @Option(
            names = "--integrity-only",
            description = "a fixity check: only the safety, checksum and metadata checks, executing nothing; the "
                    + "verdict is then INTACT or INVALID")
    boolean integrityOnly;

    @Option(
            names = "--max-entries",
            paramLabel = "N",
            description = "refuse an archive with more tar entries than this (default: 100000)")
    Long maxEntries;

    @Option(
            names = "--max-file-size",
            paramLabel = "SIZE",
            converter = ByteSize.class,
            description = "refuse an archive with a file larger than this, e.g. 16G (default: 16G)")
    Long maxFileSize;

    @Option(
            names = "--max-total-size",
            paramLabel = "SIZE",
            converter = ByteSize.class,
            description = "refuse an archive that unpacks to more than this, e.g. 64G (default: 64G)")
    Long maxTotalSize;

    /** Set by {@code verify --html}: the report then carries the archive's plots. */
    @Option(names = "--report-plots", hidden = true)
    boolean reportPlots;

    @Mixin
    DescriptorSizeOption descriptorSize;

    @Mixin
    TensorSizeOption tensorSize;

    @Mixin
    ModelMemoryOption modelMemory;

    VerifyOptions options() throws IOException, UserError {
        return VerifyOptions.defaults()
                .withLimits(limits())
                .withDescriptorLimits(descriptorSize.limits())
                .withNpyLimits(tensorSize.limits())
                .withTrust(trust())
                .withIntegrityOnly(integrityOnly)
                .withModelMemory(modelMemory.budget())
                .withPlots(reportPlots);
    }

    private ArchiveLimits limits() {
        ArchiveLimits defaults = ArchiveLimits.defaults();
        return new ArchiveLimits(
                maxEntries == null ? defaults.maxEntries() : maxEntries,
                maxFileSize == null ? defaults.maxFileBytes() : maxFileSize,
                maxTotalSize == null ? defaults.maxTotalBytes() : maxTotalSize);
    }

    /** These options as command-line arguments, with absolute paths, for a worker process. */
    List<String> asArguments() {
        List<String> arguments = new ArrayList<>();
        trustedKeys.forEach(
                key -> arguments.addAll(List.of("--trust", key.toAbsolutePath().toString())));
        trustedAuthorities.forEach(
                ca -> arguments.addAll(List.of("--trust-ca", ca.toAbsolutePath().toString())));
        if (integrityOnly) {
            arguments.add("--integrity-only");
        }
        if (reportPlots) {
            arguments.add("--report-plots");
        }
        ArchiveLimits limits = limits();
        arguments.addAll(List.of(
                "--max-entries",
                Long.toString(limits.maxEntries()),
                "--max-file-size",
                Long.toString(limits.maxFileBytes()),
                "--max-total-size",
                Long.toString(limits.maxTotalBytes())));
        arguments.addAll(descriptorSize.asArguments());
        arguments.addAll(tensorSize.asArguments());
        arguments.addAll(modelMemory.asArguments());
        return arguments;
    }

    private TrustAnchors trust() throws IOException, UserError {
        try {
            return TrustAnchors.read(trustedKeys, trustedAuthorities);
        } catch (SigningException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}

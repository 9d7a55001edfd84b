package hep.capsule.internal.packager;

import hep.capsule.internal.archive.tar.Compression;
import hep.capsule.internal.runner.ModelMemoryBudget;
import hep.capsule.internal.schema.DescriptorLimits;
import hep.capsule.internal.signatures.TagManifestSigner;
import hep.capsule.internal.tensor.NpyLimits;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * What the user asked of {@code capsule pack}.
 *
 * @param descriptor the capsule.yaml
 * @param output the archive to write
 * @param force replace an existing archive
 * @param draft accept a descriptor that still has MISSING fields, and mark the capsule a draft
 * @param batchSize events per model execution when computing reference outputs
 * @param sourceDateEpoch the time to stamp on every entry instead of the descriptor's {@code created}
 * @param compression gzip at a level, or none (a plain tar)
 * @param signer signs the tag manifest once the bag is assembled, when given
 * @param descriptorLimits what the descriptor may be
 * @param npyLimits what each reference NPY file may be
 * @param modelMemory how many bytes of tensors executing one model may hold at once
 */
public record PackOptions(
        Path descriptor,
        Path output,
        boolean force,
        boolean draft,
        int batchSize,
        Optional<Instant> sourceDateEpoch,
        Compression compression,
        Optional<TagManifestSigner> signer,
        DescriptorLimits descriptorLimits,
        NpyLimits npyLimits,
        ModelMemoryBudget modelMemory) {

    public static final int DEFAULT_BATCH_SIZE = 1024;

    public PackOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1, not " + batchSize);
        }
    }

    /** Packing with every default: no overwrite, no draft, unsigned, the clock never consulted. */
    public static PackOptions of(Path descriptor, Path output) {
        return new PackOptions(
                descriptor,
                output,
                false,
                false,
                DEFAULT_BATCH_SIZE,
                Optional.empty(),
                Compression.DEFAULT,
                Optional.empty(),
                DescriptorLimits.DEFAULT,
                NpyLimits.defaults(),
                ModelMemoryBudget.DEFAULT);
    }

    /** Reads {@code SOURCE_DATE_EPOCH} the way reproducible-builds.org defines it. */
    public static Optional<Instant> sourceDateEpochFrom(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "SOURCE_DATE_EPOCH must be whole seconds since 1970, not \"" + value + "\"");
        }
    }
}

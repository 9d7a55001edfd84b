package hep.capsule.internal.verifier;

import hep.capsule.internal.archive.tar.ArchiveLimits;
import hep.capsule.internal.runner.ModelMemoryBudget;
import hep.capsule.internal.schema.DescriptorLimits;
import hep.capsule.internal.signatures.TrustAnchors;
import hep.capsule.internal.tensor.NpyLimits;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How to verify.
 *
 * @param limits what the verifier is willing to unpack from one archive
 * @param descriptorLimits what it accepts as {@code capsule.json}
 * @param npyLimits what it accepts as an NPY tensor
 * @param trust the OpenPGP keys and CA certificates whose signatures count as TRUSTED
 * @param integrityOnly run only the safety, checksum and metadata checks (a fixity check): nothing is executed and the
 *     verdict is at best {@code INTACT}
 * @param scratch where the verifier makes its private work folder (empty: the system's temporary folder)
 * @param modelMemory how many bytes of tensors executing one model may hold at once
 * @param keepPlots put the plots the archive carries into the report (for an HTML report)
 */
public record VerifyOptions(
        ArchiveLimits limits,
        DescriptorLimits descriptorLimits,
        NpyLimits npyLimits,
        TrustAnchors trust,
        boolean integrityOnly,
        Optional<Path> scratch,
        ModelMemoryBudget modelMemory,
        boolean keepPlots) {
    public static VerifyOptions defaults() {
        return new VerifyOptions(
                ArchiveLimits.defaults(),
                DescriptorLimits.DEFAULT,
                NpyLimits.defaults(),
                TrustAnchors.none(),
                false,
                Optional.empty(),
                ModelMemoryBudget.DEFAULT,
                false);
    }

    public VerifyOptions withModelMemory(ModelMemoryBudget other) {
        return new VerifyOptions(limits, descriptorLimits, npyLimits, trust, integrityOnly, scratch, other, keepPlots);
    }

    public VerifyOptions withLimits(ArchiveLimits other) {
        return new VerifyOptions(
                other, descriptorLimits, npyLimits, trust, integrityOnly, scratch, modelMemory, keepPlots);
    }

    public VerifyOptions withDescriptorLimits(DescriptorLimits other) {
        return new VerifyOptions(limits, other, npyLimits, trust, integrityOnly, scratch, modelMemory, keepPlots);
    }

    public VerifyOptions withNpyLimits(NpyLimits other) {
        return new VerifyOptions(
                limits, descriptorLimits, other, trust, integrityOnly, scratch, modelMemory, keepPlots);
    }

    public VerifyOptions withTrust(TrustAnchors other) {
        return new VerifyOptions(
                limits, descriptorLimits, npyLimits, other, integrityOnly, scratch, modelMemory, keepPlots);
    }

    public VerifyOptions withIntegrityOnly(boolean only) {
        return new VerifyOptions(limits, descriptorLimits, npyLimits, trust, only, scratch, modelMemory, keepPlots);
    }

    public VerifyOptions withPlots(boolean keep) {
        return new VerifyOptions(limits, descriptorLimits, npyLimits, trust, integrityOnly, scratch, modelMemory, keep);
    }

    public VerifyOptions withScratch(Path folder) {
        return new VerifyOptions(
                limits, descriptorLimits, npyLimits, trust, integrityOnly, Optional.of(folder), modelMemory, keepPlots);
    }
}

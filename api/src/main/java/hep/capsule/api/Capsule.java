package hep.capsule.api;

import hep.capsule.internal.archive.tar.InvalidArchiveException;
import hep.capsule.internal.packager.PackException;
import hep.capsule.internal.packager.PackOptions;
import hep.capsule.internal.packager.Packager;
import hep.capsule.internal.schema.DescriptorException;
import hep.capsule.internal.signatures.ArchiveSigning;
import hep.capsule.internal.signatures.SigningException;
import hep.capsule.internal.signatures.TagManifestSigner;
import hep.capsule.internal.signatures.TrustAnchors;
import hep.capsule.internal.verifier.InspectedCapsule;
import hep.capsule.internal.verifier.Verifier;
import hep.capsule.internal.verifier.VerifyOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The entry point: packs, verifies, inspects and signs capsules, running the same code as the {@code capsule} command's
 * {@code pack}, {@code verify}, {@code inspect} and {@code sign}. Each call works in a private temporary folder that it
 * removes. Unlike the command, a call neither limits the process's memory nor times out: a caller that verifies
 * untrusted capsules in a long-lived process should run each in a process of its own, as {@code capsule verify} does
 * with several archives.
 */
public final class Capsule {
    private Capsule() {}

    /**
     * Packs a capsule: runs its models on the reference inputs and writes the archive, atomically.
     *
     * @param request what to pack, and how
     * @return the archive written, with its SHA-256
     * @throws CapsuleException when the descriptor or a file it names is wrong (the message names the file and field),
     *     the output exists and {@code force} is not set, or the key cannot be unlocked
     */
    public static PackResult pack(PackRequest request) throws CapsuleException {
        Optional<TagManifestSigner> signer = request.signingKey().isEmpty()
                ? Optional.empty()
                : Optional.of(request.signingKey().get().unlock());
        PackOptions defaults = PackOptions.of(request.descriptor(), request.output());
        try {
            PackOptions options = new PackOptions(
                    request.descriptor(),
                    request.output(),
                    request.force(),
                    request.draft(),
                    request.batchSize(),
                    defaults.sourceDateEpoch(),
                    defaults.compression(),
                    signer,
                    defaults.descriptorLimits(),
                    defaults.npyLimits(),
                    defaults.modelMemory());
            hep.capsule.internal.packager.PackResult packed = Packager.pack(options);
            return new PackResult(
                    packed.archive(),
                    packed.sha256(),
                    packed.draft(),
                    packed.missingFields(),
                    packed.events(),
                    packed.warnings());
        } catch (PackException | IllegalArgumentException e) {
            throw new CapsuleException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CapsuleException(
                    "cannot pack " + request.descriptor() + " into " + request.output() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Verifies {@code archive} fully, trusting no key: as {@link #verify(Path, VerifyRequest)} with
     * {@link VerifyRequest#defaults()}, which has no file to read and so cannot fail.
     *
     * @param archive the capsule archive
     * @return the report, whatever the verdict
     */
    public static VerificationReport verify(Path archive) {
        return run(archive, VerifyOptions.defaults());
    }

    /**
     * Verifies a capsule: checks that it is safe, complete and unaltered, re-executes its models and compares the
     * outputs bit by bit. A capsule that fails is not an exception: the report's verdict says INVALID or
     * NOT_REPRODUCED, and its checks say where.
     *
     * @param archive the capsule archive
     * @param request how to verify: fully or integrity only, and whom to trust
     * @return the report, whatever the verdict
     * @throws CapsuleException when a trusted key or certificate file of {@code request} cannot be read
     */
    public static VerificationReport verify(Path archive, VerifyRequest request) throws CapsuleException {
        TrustAnchors trust;
        try {
            trust = TrustAnchors.read(request.trustedKeys(), request.trustedAuthorities());
        } catch (SigningException e) {
            throw new CapsuleException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CapsuleException("cannot read a trusted key or certificate file: " + e.getMessage(), e);
        }
        return run(archive, VerifyOptions.defaults().withTrust(trust).withIntegrityOnly(request.integrityOnly()));
    }

    private static VerificationReport run(Path archive, VerifyOptions options) {
        return ReportValues.of(new Verifier(options).verify(archive));
    }

    /**
     * Reads what a capsule holds without executing anything. An archive that is readable but not intact is described
     * all the same, with its {@link CapsuleInfo#problems() problems}.
     *
     * @param archive the capsule archive
     * @return what it holds
     * @throws CapsuleException when the archive is not a readable capsule, or its capsule.json is not valid
     */
    public static CapsuleInfo inspect(Path archive) throws CapsuleException {
        try {
            return InfoValues.of(InspectedCapsule.read(archive));
        } catch (InvalidArchiveException e) {
            throw new CapsuleException(archive + " is not a readable capsule: " + e.getMessage(), e);
        } catch (DescriptorException e) {
            throw new CapsuleException(archive + ": its capsule.json is not valid: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new CapsuleException(archive + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Adds a signature to a capsule, in place: re-reads it safely, checks that it is intact, and rewrites it atomically
     * with one more signature of its tag manifest. Other signatures stay.
     *
     * @param archive the capsule archive, signed in place
     * @param key the key to sign with
     * @return the files added to the bag
     * @throws CapsuleException when the key cannot be unlocked, or the archive is not a readable, intact capsule
     */
    public static SignResult sign(Path archive, SigningKey key) throws CapsuleException {
        TagManifestSigner signer = key.unlock();
        try {
            return new SignResult(archive, ArchiveSigning.addSignature(archive, signer));
        } catch (InvalidArchiveException e) {
            throw new CapsuleException(archive + " is not a readable capsule: " + e.getMessage(), e);
        } catch (ArchiveSigning.NotIntactException | SigningException e) {
            throw new CapsuleException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CapsuleException(archive + " cannot be signed: " + e.getMessage(), e);
        }
    }
}

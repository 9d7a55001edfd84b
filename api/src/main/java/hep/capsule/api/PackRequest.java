package hep.capsule.api;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to pack, and how: {@code PackRequest.of(descriptor, output)} with every default, then the {@code with...}
 * methods for the rest. The defaults are those of {@code capsule pack}: a gzipped archive, no overwrite, no draft,
 * unsigned, 1024 events per model execution, and every tar entry stamped with the descriptor's {@code created} time (so
 * the same inputs give the same bytes).
 *
 * @param descriptor the capsule.yaml
 * @param output the archive to write, e.g. {@code NAME.capsule.tar.gz}
 * @param force whether to replace {@code output} if it exists
 * @param draft whether to pack even though fields are still MISSING; the capsule then says it is a draft
 * @param batchSize events per model execution (recorded in the capsule)
 * @param signingKey the key to sign the capsule with, if any
 */
public record PackRequest(
        Path descriptor, Path output, boolean force, boolean draft, int batchSize, Optional<SigningKey> signingKey) {
    /** The batch size of {@code capsule pack}. */
    public static final int DEFAULT_BATCH_SIZE = hep.capsule.internal.packager.PackOptions.DEFAULT_BATCH_SIZE;

    /** Checks that the paths are given. */
    public PackRequest {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(signingKey, "signingKey");
    }

    /** Packs {@code descriptor} into {@code output} with every default. */
    public static PackRequest of(Path descriptor, Path output) {
        return new PackRequest(descriptor, output, false, false, DEFAULT_BATCH_SIZE, Optional.empty());
    }

    /** This request, replacing an existing output or not. */
    public PackRequest withForce(boolean replace) {
        return new PackRequest(descriptor, output, replace, draft, batchSize, signingKey);
    }

    /** This request, packing a draft or not. */
    public PackRequest withDraft(boolean unfinished) {
        return new PackRequest(descriptor, output, force, unfinished, batchSize, signingKey);
    }

    /** This request with another batch size (at least 1). */
    public PackRequest withBatchSize(int events) {
        return new PackRequest(descriptor, output, force, draft, events, signingKey);
    }

    /** This request, signing the capsule with {@code key} once it is assembled. */
    public PackRequest withSigningKey(SigningKey key) {
        return new PackRequest(descriptor, output, force, draft, batchSize, Optional.of(key));
    }
}

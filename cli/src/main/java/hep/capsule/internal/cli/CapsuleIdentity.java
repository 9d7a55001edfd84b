package hep.capsule.internal.cli;

import hep.capsule.internal.archive.bag.DigestAlgorithm;
import hep.capsule.internal.archive.tar.InvalidArchiveException;
import hep.capsule.internal.schema.Descriptor;
import hep.capsule.internal.schema.DescriptorException;
import hep.capsule.internal.verifier.InspectedCapsule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who a capsule archive is, as an image names and labels it: its name, version, title, creation time, the analysis's
 * identifiers and the archive's own SHA-256. Read from its capsule.json, executing nothing.
 */
record CapsuleIdentity(
        String name,
        String version,
        String title,
        String created,
        String doi,
        String arxiv,
        String hepdata,
        String sha256) {
    static CapsuleIdentity of(Path archive) throws IOException, UserError {
        try {
            Descriptor d = InspectedCapsule.read(archive).descriptor();
            return new CapsuleIdentity(
                    d.name(),
                    d.version(),
                    d.title(),
                    d.created(),
                    d.analysis().doi(),
                    d.analysis().arxiv(),
                    d.analysis().hepdata(),
                    sha256(archive));
        } catch (InvalidArchiveException e) {
            throw UserError.unusable(archive, e);
        } catch (DescriptorException e) {
            throw new UserError(archive + ": its capsule.json is not valid:\n" + e.getMessage(), e);
        }
    }

    /** The creation time as an instant: the capsule's {@code created}, a date-time or a date (midnight UTC). */
    Instant createdInstant() {
        try {
            return OffsetDateTime.parse(created).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDate.parse(created).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
    }

    /** The labels an image carries for this capsule: the OCI set and Capsule's own. */
    Map<String, String> labels(String archiveFileName, String capsuleVersion) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("org.opencontainers.image.title", name + ": " + title);
        labels.put(
                "org.opencontainers.image.description",
                "Re-verifies the capsule " + name + " " + version + " with Capsule " + capsuleVersion
                        + ": the entrypoint runs capsule verify on it and prints the report");
        labels.put("org.opencontainers.image.source", archiveFileName + " (sha256:" + sha256 + ")");
        labels.put("org.opencontainers.image.version", version);
        labels.put("org.opencontainers.image.created", createdInstant().toString());
        labels.put("org.opencontainers.image.url", "https://doi.org/" + doi);
        labels.put("hep.capsule.name", name);
        labels.put("hep.capsule.version", version);
        labels.put("hep.capsule.doi", doi);
        labels.put("hep.capsule.arxiv", arxiv);
        labels.put("hep.capsule.hepdata", hepdata);
        labels.put("hep.capsule.archive.sha256", sha256);
        labels.put("hep.capsule.tool.version", capsuleVersion);
        return labels;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = DigestAlgorithm.SHA256.newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return DigestAlgorithm.hex(digest.digest());
    }
}

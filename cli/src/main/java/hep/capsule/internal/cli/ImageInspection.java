package hep.capsule.internal.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hep.capsule.internal.files.WorkFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * {@code capsule inspect IMAGE.tar}: an image's platform, entrypoint, layers with their sizes, labels, and the bundled
 * capsule's identity.
 */
final class ImageInspection {
    static final String ARCHIVE_LABEL = "hep.capsule.archive.path";
    static final String SHA256_LABEL = "hep.capsule.archive.sha256";

    private ImageInspection() {}

    static int print(Path tarball, boolean json) throws IOException, UserError {
        OciImageTarball image = OciImageTarball.read(tarball);
        Map<String, String> labels = image.labels();
        Optional<CapsuleIdentity> bundled = Optional.empty();
        String archivePath = labels.get(ARCHIVE_LABEL);
        try (WorkFolder work = WorkFolder.create("inspect-image")) {
            if (archivePath != null) {
                Optional<Path> archive = image.extract(
                        archivePath,
                        work.resolve(Path.of(archivePath).getFileName().toString()));
                if (archive.isPresent()) {
                    bundled = Optional.of(CapsuleIdentity.of(archive.get()));
                }
            }
        }
        if (json) {
            printJson(image, labels, archivePath, bundled);
        } else {
            printText(image, labels, archivePath, bundled);
        }
        boolean matches =
                bundled.map(b -> b.sha256().equals(labels.get(SHA256_LABEL))).orElse(false);
        return matches ? ExitCodes.OK : hep.capsule.internal.verifier.report.Verdict.INVALID.exitCode(false);
    }

    private static void printText(
            OciImageTarball image, Map<String, String> labels, String archivePath, Optional<CapsuleIdentity> bundled) {
        var config = image.config();
        System.out.println(image.tarball() + ": OCI image " + image.reference() + ", "
                + config.path("os").asText() + "/" + config.path("architecture").asText() + ", created "
                + config.path("created").asText());
        System.out.println("  entrypoint: "
                + String.join(" ", strings(config.path("config").path("Entrypoint"))));
        System.out.println("  user: " + config.path("config").path("User").asText("root"));
        System.out.println("  layers (compressed sizes):");
        long total = 0;
        for (OciImageTarball.Layer layer : image.layers()) {
            System.out.printf("    %12d  %-30s %s%n", layer.size(), layer.name(), layer.digest());
            total += layer.size();
        }
        System.out.printf("    %12d  total%n", total);
        System.out.println("  labels:");
        labels.forEach((key, value) -> System.out.println("    " + key + ": " + value));
        if (bundled.isEmpty()) {
            System.out.println("  bundled capsule: "
                    + (archivePath == null ? "none (no " + ARCHIVE_LABEL + " label)" : archivePath + " is missing"));
            return;
        }
        CapsuleIdentity capsule = bundled.get();
        System.out.println("  bundled capsule: " + archivePath);
        System.out.println("    " + capsule.name() + " " + capsule.version() + ": " + capsule.title());
        System.out.println(
                "    arXiv:" + capsule.arxiv() + ", DOI " + capsule.doi() + ", HEPData " + capsule.hepdata());
        System.out.println("    sha256 " + capsule.sha256()
                + (capsule.sha256().equals(labels.get(SHA256_LABEL))
                        ? " (as the image's label says)"
                        : " (DIFFERS from the image's label " + labels.get(SHA256_LABEL) + ")"));
    }

    private static void printJson(
            OciImageTarball image, Map<String, String> labels, String archivePath, Optional<CapsuleIdentity> bundled)
            throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("path", image.tarball().toString());
        root.put("reference", image.reference());
        root.put(
                "platform",
                image.config().path("os").asText() + "/"
                        + image.config().path("architecture").asText());
        root.put("created", image.config().path("created").asText());
        image.layers()
                .forEach(layer -> root.withArray("layers")
                        .addObject()
                        .put("name", layer.name())
                        .put("digest", layer.digest())
                        .put("bytes", layer.size())
                        .put("media_type", layer.mediaType()));
        ObjectNode labelNode = root.putObject("labels");
        labels.forEach(labelNode::put);
        bundled.ifPresent(capsule -> root.set("capsule", mapper.valueToTree(capsule)));
        if (archivePath != null) {
            root.put("capsule_path", archivePath);
        }
        System.out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static java.util.List<String> strings(com.fasterxml.jackson.databind.JsonNode array) {
        java.util.List<String> strings = new java.util.ArrayList<>();
        array.forEach(node -> strings.add(node.asText()));
        return strings;
    }
}

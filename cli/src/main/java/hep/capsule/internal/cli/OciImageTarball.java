package hep.capsule.internal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * An OCI image layout in a tarball (what {@code capsule image} writes), read without running anything: its one image's
 * manifest and configuration, and its layers with their sizes.
 *
 * @param reference the image's reference name ({@code org.opencontainers.image.ref.name}), or empty
 * @param config the image configuration (platform, entrypoint, user, labels, history)
 * @param layers the layers, bottom first
 */
record OciImageTarball(Path tarball, String reference, JsonNode config, List<Layer> layers) {
    /** Small blobs (index, manifests, configurations) are read into memory; layers are not. */
    private static final long SMALL = 1 << 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One layer: its digest, compressed size, media type and the comment of its history entry (Jib's layer name). */
    record Layer(String digest, long size, String mediaType, String name) {}

    OciImageTarball {
        layers = List.copyOf(layers);
    }

    /** Whether the file is a tar file holding an OCI layout ({@code oci-layout} at its top). */
    static boolean isImage(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(2);
            if (start.length < 2 || (start[0] == 0x1f && (start[1] & 0xff) == 0x8b)) {
                return false;
            }
        }
        try (InputStream in = Files.newInputStream(file);
                TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                if (name(entry).equals("oci-layout")) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    static OciImageTarball read(Path tarball) throws IOException, UserError {
        Map<String, byte[]> small = new HashMap<>();
        try (InputStream in = Files.newInputStream(tarball);
                TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                if (entry.isFile() && entry.getSize() <= SMALL) {
                    small.put(name(entry), tar.readAllBytes());
                }
            }
        }
        JsonNode index = json(tarball, small, "index.json");
        JsonNode descriptor = index.path("manifests").path(0);
        JsonNode manifest = json(tarball, small, blob(descriptor));
        JsonNode config = json(tarball, small, blob(manifest.path("config")));
        List<JsonNode> history = new ArrayList<>();
        config.path("history").forEach(entry -> {
            if (!entry.path("empty_layer").asBoolean()) {
                history.add(entry);
            }
        });
        List<Layer> layers = new ArrayList<>();
        for (JsonNode layer : manifest.path("layers")) {
            String name = layers.size() < history.size()
                    ? history.get(layers.size()).path("comment").asText("")
                    : "";
            layers.add(new Layer(
                    layer.path("digest").asText(),
                    layer.path("size").asLong(),
                    layer.path("mediaType").asText(),
                    name));
        }
        return new OciImageTarball(
                tarball,
                descriptor
                        .path("annotations")
                        .path("org.opencontainers.image.ref.name")
                        .asText(""),
                config,
                layers);
    }

    /** The image's labels, by name. */
    Map<String, String> labels() {
        Map<String, String> labels = new java.util.TreeMap<>();
        config.path("config")
                .path("Labels")
                .fields()
                .forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    /**
     * Copies the file at {@code path} in the image's file system (the topmost layer holding it) to {@code target};
     * empty when no layer holds it.
     */
    Optional<Path> extract(String path, Path target) throws IOException {
        String wanted = path.startsWith("/") ? path.substring(1) : path;
        for (int i = layers.size() - 1; i >= 0; i--) {
            String blob = "blobs/" + layers.get(i).digest().replace(':', '/');
            boolean gzip = layers.get(i).mediaType().endsWith("gzip");
            try (InputStream in = Files.newInputStream(tarball);
                    TarArchiveInputStream outer = new TarArchiveInputStream(in)) {
                for (TarArchiveEntry entry; (entry = outer.getNextEntry()) != null; ) {
                    if (!name(entry).equals(blob)) {
                        continue;
                    }
                    InputStream layer = gzip ? new GzipCompressorInputStream(outer) : outer;
                    TarArchiveInputStream files = new TarArchiveInputStream(layer);
                    for (TarArchiveEntry file; (file = files.getNextEntry()) != null; ) {
                        if (file.isFile() && name(file).equals(wanted)) {
                            Files.copy(files, target);
                            return Optional.of(target);
                        }
                    }
                    break;
                }
            }
        }
        return Optional.empty();
    }

    private static String blob(JsonNode descriptor) {
        return "blobs/" + descriptor.path("digest").asText().replace(':', '/');
    }

    private static JsonNode json(Path tarball, Map<String, byte[]> small, String name) throws IOException, UserError {
        byte[] bytes = small.get(name);
        if (bytes == null) {
            throw new UserError(tarball + " is an OCI image layout without its " + name);
        }
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UserError(tarball + ": its " + name + " is not JSON: " + e.getMessage(), e);
        }
    }

    private static String name(TarArchiveEntry entry) {
        String name = entry.getName();
        return name.startsWith("./") ? name.substring(2) : name;
    }
}

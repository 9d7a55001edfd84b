package hep.capsule.examples;

import hep.capsule.internal.packager.PackOptions;
import hep.capsule.internal.packager.Packager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example capsules of this module, and how tests pack them. */
enum Examples {
    SUSY_4JETS("atlas-susy-2019-04-4jets"),
    HH_RESDNN_EVEN("atlas-higp-2024-32-resdnn-even"),
    ZERO_LEPTON_BDT_EVEN("atlas-zerolepton-2016-srbdt-ggdirect-even");

    private final String folder;

    Examples(String folder) {
        this.folder = folder;
    }

    /** The module folder: Maven runs tests there, and the examples live beside src/. */
    static Path moduleFolder() {
        return Path.of("").toAbsolutePath();
    }

    static Path repositoryRoot() {
        return moduleFolder().getParent();
    }

    Path folder() {
        return moduleFolder().resolve(folder);
    }

    Path descriptor() {
        return folder().resolve("capsule.yaml");
    }

    /** Copies the example's files into {@code copy} (created), for a test to change; returns {@code copy}. */
    Path copyTo(Path copy) throws IOException {
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(folder())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    Path pack(Path archive) throws Exception {
        Packager.pack(PackOptions.of(descriptor(), archive));
        return archive;
    }

    static List<Examples> all() {
        return List.of(values());
    }
}

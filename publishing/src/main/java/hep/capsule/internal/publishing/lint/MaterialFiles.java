package hep.capsule.internal.publishing.lint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The files a descriptor names, and how findings about them are located. */
sealed interface MaterialFiles {

    /** The regular file a descriptor path names, when it exists. */
    Optional<Path> file(String descriptorPath);

    /** Where a line of such a file is (line 0: the whole file). */
    Location location(String descriptorPath, int line);

    /** Whether the descriptor's lines are lines of a file of the repository (not so for an archive's capsule.json). */
    boolean descriptorLines();

    /** A capsule.yaml's files: relative to its folder, and never outside it. */
    record Folder(Path folder) implements MaterialFiles {
        @Override
        public Optional<Path> file(String descriptorPath) {
            Path file = folder.resolve(descriptorPath).normalize();
            return file.startsWith(folder) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        }

        @Override
        public Location location(String descriptorPath, int line) {
            return new Location(Shown.path(folder.resolve(descriptorPath)), "", line);
        }

        @Override
        public boolean descriptorLines() {
            return true;
        }
    }

    /**
     * An archive's files, by bag path, kept by the archive reader under names of its own (nothing is written to a path
     * taken from the archive); findings name the archive and the bag path.
     */
    record Archive(String shown, Map<String, Path> byBagPath) implements MaterialFiles {
        public Archive {
            byBagPath = Map.copyOf(byBagPath);
        }

        @Override
        public Optional<Path> file(String descriptorPath) {
            return Optional.ofNullable(byBagPath.get(descriptorPath));
        }

        @Override
        public Location location(String descriptorPath, int line) {
            return new Location(shown, descriptorPath, 0);
        }

        @Override
        public boolean descriptorLines() {
            return false;
        }
    }
}

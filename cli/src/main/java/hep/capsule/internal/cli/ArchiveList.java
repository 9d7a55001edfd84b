package hep.capsule.internal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The archives a run covers, from what the user named: archive files, folders (searched recursively for
 * {@code .tar.gz}, {@code .tgz} and (uncompressed) {@code .tar} files, in path order) and catalogues (text files with
 * one archive or folder per line, relative to the catalogue; blank lines and lines starting with {@code #} are
 * ignored). Each archive appears once, in the order first named. A named path that does not exist stays in the list:
 * verifying it reports it missing.
 */
final class ArchiveList {
    private ArchiveList() {}

    static List<Path> of(List<Path> named, List<Path> catalogues) throws IOException, UserError {
        Set<Path> archives = new LinkedHashSet<>();
        for (Path path : named) {
            add(path, archives);
        }
        for (Path catalogue : catalogues) {
            for (Path entry : catalogue(catalogue)) {
                add(entry, archives);
            }
        }
        if (archives.isEmpty()) {
            throw new UserError(
                    "no archives to verify: the folders and catalogues named hold no .tar.gz, .tgz or .tar files");
        }
        return List.copyOf(archives);
    }

    /** The paths a catalogue lists, resolved against the catalogue's folder. */
    static List<Path> catalogue(Path catalogue) throws IOException, UserError {
        if (!Files.isRegularFile(catalogue)) {
            throw new UserError(catalogue + ": no such catalogue file (a list of archives, one path per line)");
        }
        Path folder = catalogue.toAbsolutePath().getParent();
        List<Path> paths = new ArrayList<>();
        for (String line : Files.readAllLines(catalogue, StandardCharsets.UTF_8)) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                paths.add(folder.resolve(entry).normalize());
            }
        }
        return paths;
    }

    private static void add(Path path, Set<Path> archives) throws IOException {
        if (!Files.isDirectory(path)) {
            archives.add(path);
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.filter(Files::isRegularFile)
                    .filter(ArchiveList::looksLikeAnArchive)
                    .sorted()
                    .forEach(archives::add);
        }
    }

    private static boolean looksLikeAnArchive(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".tar.gz") || name.endsWith(".tgz") || name.endsWith(".tar");
    }
}

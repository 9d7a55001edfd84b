package hep.capsule.internal.container;

import com.google.cloud.tools.jib.api.CacheDirectoryCreationException;
import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.RegistryException;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Platform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

/**
 * Builds Capsule's OCI image with Jib, offline and reproducibly: from scratch (or a {@code docker save} tarball), in
 * five layers ordered from the most stable to the most specific (system libraries, Java runtime, onnxruntime's native
 * libraries, Capsule's jars, the capsule), with a new empty layer cache for every build (Jib's cache is keyed on file
 * paths and times, not content, and would put a stale file into the image).
 */
public final class ImageBuilder {
    private static final FilePermissions EXECUTABLE = FilePermissions.fromOctalString("755");
    private static final FilePermissions READABLE = FilePermissions.fromOctalString("644");

    private ImageBuilder() {}

    /**
     * Writes the image to {@code request.output()}, whole or not at all, using {@code work} (an empty folder) for its
     * parts.
     */
    public static void build(ImageRequest request, Path work) throws IOException, ImageException, InterruptedException {
        Optional<BaseImage> base = request.base().isPresent()
                ? Optional.of(BaseImage.check(request.base().get()))
                : Optional.empty();
        RuntimeParts parts = RuntimeParts.prepare(request.capsuleJars(), request.platform(), work.resolve("parts"));
        List<SystemLibraries.Library> libraries = SystemLibraries.onHost(request.platform());
        Path files = Files.createDirectories(work.resolve("files"));
        String archivePath =
                ImageLayout.CAPSULE_FOLDER + "/" + request.archive().getFileName();

        JibContainerBuilder image =
                base.isPresent() ? Jib.from(TarImage.at(base.get().tarball())) : Jib.fromScratch();
        image.setFormat(ImageFormat.OCI)
                .setPlatforms(Set.of(new Platform(
                        request.platform().architecture(), request.platform().os())))
                .setCreationTime(request.created())
                .setUser(ImageLayout.USER + ":" + ImageLayout.USER)
                .setWorkingDirectory(AbsoluteUnixPath.get(ImageLayout.TMP))
                .setEnvironment(Map.of("ORT_DISABLE_TELEMETRY", "1"))
                .setEntrypoint(ImageLayout.JAVA, "@" + ImageLayout.ARGUMENT_FILE, "verify", archivePath)
                .setLabels(labels(request, parts, libraries, archivePath))
                .addFileEntriesLayer(systemLayer(libraries, files))
                .addFileEntriesLayer(runtimeLayer(parts.runtime()))
                .addFileEntriesLayer(filesLayer("onnxruntime native libraries", parts.natives(), ImageLayout.NATIVE))
                .addFileEntriesLayer(jarLayer(parts, files))
                .addFileEntriesLayer(filesLayer("capsule", List.of(request.archive()), ImageLayout.CAPSULE_FOLDER));

        Path output = request.output().toAbsolutePath();
        Path unfinished = Files.createTempFile(output.getParent(), "." + output.getFileName(), ".part");
        try {
            Containerizer containerizer = Containerizer.to(
                            TarImage.at(unfinished).named(request.name()))
                    .setOfflineMode(true)
                    .setBaseImageLayersCache(Files.createDirectories(work.resolve("jib-base-cache")))
                    .setApplicationLayersCache(Files.createDirectories(work.resolve("jib-application-cache")))
                    .setToolName("capsule")
                    .setToolVersion(request.toolVersion());
            image.containerize(containerizer);
            Files.move(
                    unfinished,
                    output,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (InvalidImageReferenceException e) {
            throw new ImageException(
                    "the image name " + request.name()
                            + " is not an image reference (NAME:TAG, lower case); give one with --name: "
                            + e.getMessage(),
                    e);
        } catch (ExecutionException | RegistryException | CacheDirectoryCreationException e) {
            throw new ImageException(
                    "Jib could not build the image"
                            + base.map(b -> " on " + b.tarball()).orElse("") + ": " + e.getMessage(),
                    e);
        } finally {
            Files.deleteIfExists(unfinished);
        }
    }

    private static Map<String, String> labels(
            ImageRequest request, RuntimeParts parts, List<SystemLibraries.Library> libraries, String archivePath)
            throws IOException {
        Map<String, String> labels = new TreeMap<>(request.labels());
        labels.put(ImageLayout.ARCHIVE_LABEL, archivePath);
        List<String> libraryInputs = new ArrayList<>();
        for (SystemLibraries.Library library : libraries) {
            libraryInputs.add(library.source().getFileName() + " sha256:"
                    + RuntimeParts.sha256(library.source()).substring(0, 16));
        }
        labels.put(ImageLayout.INPUTS_LABEL, parts.inputs() + "; libraries=" + String.join(", ", libraryInputs));
        return labels;
    }

    /**
     * The loader and C libraries, a minimal /etc/passwd and /etc/group naming the user the image runs as, and an empty
     * /tmp.
     */
    private static FileEntriesLayer systemLayer(List<SystemLibraries.Library> libraries, Path files)
            throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("system libraries");
        for (SystemLibraries.Library library : libraries) {
            layer.addEntry(library.source(), AbsoluteUnixPath.get(library.imagePath()), EXECUTABLE);
        }
        Path passwd = Files.writeString(
                files.resolve("passwd"),
                "root:x:0:0:root:/root:/sbin/nologin\ncapsule:x:" + ImageLayout.USER + ":" + ImageLayout.USER
                        + ":Capsule:" + ImageLayout.TMP + ":/sbin/nologin\n",
                StandardCharsets.UTF_8);
        Path group = Files.writeString(
                files.resolve("group"), "root:x:0:\ncapsule:x:" + ImageLayout.USER + ":\n", StandardCharsets.UTF_8);
        layer.addEntry(passwd, AbsoluteUnixPath.get("/etc/passwd"), READABLE);
        layer.addEntry(group, AbsoluteUnixPath.get("/etc/group"), READABLE);
        layer.addEntry(
                Files.createDirectories(files.resolve("tmp")),
                AbsoluteUnixPath.get(ImageLayout.TMP),
                FilePermissions.fromOctalString("777"));
        return layer.build();
    }

    private static FileEntriesLayer runtimeLayer(Path runtime) throws IOException {
        return FileEntriesLayer.builder()
                .setName("java runtime")
                .addEntryRecursive(
                        runtime, AbsoluteUnixPath.get(ImageLayout.RUNTIME), (source, target) -> permissions(source))
                .build();
    }

    private static FileEntriesLayer jarLayer(RuntimeParts parts, Path files) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("-Djava.io.tmpdir=" + ImageLayout.TMP);
        lines.add("-XX:-UsePerfData");
        lines.addAll(parts.jvmArguments(ImageLayout.NATIVE, ImageLayout.LIB));
        Path arguments = Files.writeString(
                files.resolve("capsule.args"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("capsule jars");
        layer.addEntry(arguments, AbsoluteUnixPath.get(ImageLayout.ARGUMENT_FILE), READABLE);
        for (Path jar : parts.jars()) {
            layer.addEntry(
                    jar,
                    AbsoluteUnixPath.get(ImageLayout.LIB)
                            .resolve(jar.getFileName().toString()),
                    READABLE);
        }
        return layer.build();
    }

    private static FileEntriesLayer filesLayer(String name, List<Path> sources, String folder) {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(name);
        for (Path source : sources) {
            layer.addEntry(
                    source,
                    AbsoluteUnixPath.get(folder).resolve(source.getFileName().toString()),
                    READABLE);
        }
        return layer.build();
    }

    /** 755 for folders and executables, 644 for everything else. */
    static FilePermissions permissions(Path source) {
        try {
            Set<PosixFilePermission> posix = Files.getPosixFilePermissions(source, LinkOption.NOFOLLOW_LINKS);
            return Files.isDirectory(source) || posix.contains(PosixFilePermission.OWNER_EXECUTE)
                    ? EXECUTABLE
                    : READABLE;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package hep.capsule.internal.runner.ort;

import hep.capsule.internal.files.UnfinishedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * Where onnxruntime loads its native libraries from. Left alone, onnxruntime copies them (25 MB) out of its jar into a
 * new temporary folder at every start. Capsule instead keeps one copy in a private cache folder,
 * {@code ${XDG_CACHE_HOME:-~/.cache}/capsule/onnxruntime-PLATFORM-CRC} (a folder owned by the user with mode 700, never
 * a shared one), checks every library's size and CRC-32 against its entry in onnxruntime's jar before each use,
 * replaces a copy that differs, and points onnxruntime at the folder ({@code onnxruntime.native.path}). When no such
 * folder can be had (a read-only home on a cluster node, say), the libraries go to a private temporary folder that is
 * removed as soon as onnxruntime has loaded them: onnxruntime's own loader would leave an empty
 * {@code onnxruntime-java*} folder behind at every start. When {@code onnxruntime.native.path} is already set,
 * onnxruntime loads its libraries as usual.
 */
final class OnnxRuntimeLibraries {
    static final String PATH_PROPERTY = "onnxruntime.native.path";
    private static final List<String> LIBRARIES = List.of("libonnxruntime.so", "libonnxruntime4j_jni.so");
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

    private static boolean prepared;
    /** The temporary folder the libraries were copied to, until onnxruntime has loaded them. */
    private static Path temporaryFolder;

    private OnnxRuntimeLibraries() {}

    /** Points onnxruntime at the cached libraries, once per JVM, before onnxruntime first loads. */
    static synchronized void prepare() {
        if (prepared || System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        prepared = true;
        Optional<String> platform = platform();
        Optional<Path> folder = platform.flatMap(p -> cached(p, cacheRoot()));
        if (folder.isEmpty()) {
            folder = platform.flatMap(OnnxRuntimeLibraries::temporary);
            temporaryFolder = folder.orElse(null);
        }
        folder.ifPresent(f -> System.setProperty(PATH_PROPERTY, f.toString()));
    }

    /** onnxruntime has loaded its libraries: a temporary copy of them is no longer needed. */
    static synchronized void loaded() {
        if (temporaryFolder != null) {
            remove(temporaryFolder);
            temporaryFolder = null;
        }
    }

    /** onnxruntime's name for this platform's folder in its jar, where Capsule knows the library names. */
    static Optional<String> platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        if (!os.contains("linux")) {
            return Optional.empty();
        }
        return switch (arch) {
            case "amd64", "x86_64" -> Optional.of("linux-x64");
            case "aarch64" -> Optional.of("linux-aarch64");
            default -> Optional.empty();
        };
    }

    /** {@code ${XDG_CACHE_HOME:-~/.cache}/capsule} */
    static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("capsule");
    }

    /** The private folder holding checked copies of the platform's libraries, when one can be had. */
    static Optional<Path> cached(String platform, Path cacheRoot) {
        try {
            JarEntry[] entries = jarEntries(platform);
            Path folder = privateFolder(
                    cacheRoot.resolve("onnxruntime-" + platform + "-" + Long.toHexString(entries[0].getCrc())));
            fill(folder, platform, entries);
            return Optional.of(folder);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A new private temporary folder holding checked copies of the platform's libraries, removed by {@link #loaded} (or
     * when the JVM ends, should onnxruntime fail to load them).
     */
    static Optional<Path> temporary(String platform) {
        Path folder = null;
        try {
            JarEntry[] entries = jarEntries(platform);
            folder = Files.createTempDirectory("capsule-onnxruntime-", PosixFilePermissions.asFileAttribute(PRIVATE));
            UnfinishedFiles.started(folder);
            fill(folder, platform, entries);
            return Optional.of(folder);
        } catch (IOException | RuntimeException e) {
            if (folder != null) {
                remove(folder);
            }
            return Optional.empty();
        }
    }

    private static void remove(Path folder) {
        try {
            UnfinishedFiles.removeTree(folder);
        } catch (IOException e) {
            // Left for the shutdown hook, which tries again.
            return;
        }
        UnfinishedFiles.finished(folder);
    }

    private static JarEntry[] jarEntries(String platform) throws IOException {
        JarEntry[] entries = new JarEntry[LIBRARIES.size()];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = jarEntry(resource(platform, LIBRARIES.get(i)));
        }
        return entries;
    }

    /** Copies each library that is missing from the folder, or differs from the jar's. */
    private static void fill(Path folder, String platform, JarEntry[] entries) throws IOException {
        for (int i = 0; i < entries.length; i++) {
            Path library = folder.resolve(LIBRARIES.get(i));
            if (!matches(library, entries[i])) {
                copy(resource(platform, LIBRARIES.get(i)), entries[i], library);
            }
        }
    }

    private static URL resource(String platform, String library) throws IOException {
        URL url = OnnxRuntimeLibraries.class.getResource("/ai/onnxruntime/native/" + platform + "/" + library);
        if (url == null) {
            throw new IOException("onnxruntime's jar has no " + platform + "/" + library);
        }
        return url;
    }

    private static JarEntry jarEntry(URL url) throws IOException {
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jar)
                || jar.getJarEntry().getCrc() < 0
                || jar.getJarEntry().getSize() < 0) {
            throw new IOException(url + " is not a jar entry with a known size and CRC-32");
        }
        return jar.getJarEntry();
    }

    /**
     * The folder, created private if it is missing; refused unless it is a real folder of this user's that only they
     * can use.
     */
    private static Path privateFolder(Path folder) throws IOException {
        Files.createDirectories(folder.getParent());
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PRIVATE));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // made at the same moment by another Capsule process: checked below like any other
            }
        }
        PosixFileAttributes attributes = Files.getFileAttributeView(
                        folder, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .readAttributes();
        String user = System.getProperty("user.name");
        if (!attributes.isDirectory()
                || !attributes.owner().getName().equals(user)
                || !attributes.permissions().equals(PRIVATE)) {
            throw new IOException(folder + " is not a private folder of " + user);
        }
        return folder;
    }

    private static boolean matches(Path library, JarEntry entry) throws IOException {
        if (!Files.isRegularFile(library, LinkOption.NOFOLLOW_LINKS) || Files.size(library) != entry.getSize()) {
            return false;
        }
        CRC32 crc = new CRC32();
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        try (FileChannel channel = FileChannel.open(library, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            while (channel.read(buffer.clear()) > 0) {
                crc.update(buffer.flip());
            }
        }
        return crc.getValue() == entry.getCrc();
    }

    /** Copies the library out of the jar beside its place, checks the copy, and moves it into place whole. */
    private static void copy(URL url, JarEntry entry, Path library) throws IOException {
        Path part =
                Files.createTempFile(library.getParent(), library.getFileName().toString(), ".part");
        try {
            try (InputStream in = url.openStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!matches(part, entry)) {
                throw new IOException(url + " did not copy whole");
            }
            Files.move(part, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}

package hep.capsule.internal.container;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * onnxruntime's jar: its Java classes, and its native libraries for every platform it ships, in
 * {@code ai/onnxruntime/native/PLATFORM/}. An image or a distribution takes the libraries of its one platform out into
 * their own folder and carries the jar without any.
 */
final class OnnxRuntimeJar {
    private static final String NATIVE = "ai/onnxruntime/native/";
    private static final String MARKER = "ai/onnxruntime/OrtEnvironment.class";

    private final Path jar;

    private OnnxRuntimeJar(Path jar) {
        this.jar = jar;
    }

    Path path() {
        return jar;
    }

    /** The one jar among these that holds onnxruntime. */
    static OnnxRuntimeJar among(List<Path> jars) throws IOException, ImageException {
        for (Path candidate : jars) {
            try (ZipFile zip = new ZipFile(candidate.toFile())) {
                if (zip.getEntry(MARKER) != null) {
                    return new OnnxRuntimeJar(candidate);
                }
            }
        }
        throw new ImageException(
                "none of Capsule's jars holds onnxruntime (" + MARKER + "); rebuild Capsule with mvn package");
    }

    /** The platforms whose native libraries the jar ships, as onnxruntime names them ({@code linux-x64}). */
    List<String> platforms() throws IOException {
        TreeSet<String> platforms = new TreeSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (name.startsWith(NATIVE) && !entry.isDirectory() && name.indexOf('/', NATIVE.length()) > 0) {
                    platforms.add(name.substring(NATIVE.length(), name.indexOf('/', NATIVE.length())));
                }
            }
        }
        return List.copyOf(platforms);
    }

    /** Copies the platform's native libraries into the folder, and returns them in name order. */
    List<Path> extractNatives(String platform, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> libraries = new ArrayList<>();
        String prefix = NATIVE + platform + "/";
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (name.startsWith(prefix) && !entry.isDirectory() && name.indexOf('/', prefix.length()) < 0) {
                    Path library = folder.resolve(name.substring(prefix.length()));
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, library);
                    }
                    libraries.add(library);
                }
            }
        }
        libraries.sort(null);
        return libraries;
    }

    /**
     * Writes the jar without any native library: the same entries in the same order with the same times, so the copy
     * depends only on the jar.
     */
    void writeWithoutNatives(Path target) throws IOException {
        byte[] buffer = new byte[1 << 16];
        try (ZipFile zip = new ZipFile(jar.toFile());
                OutputStream file = Files.newOutputStream(target);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().startsWith(NATIVE)) {
                    continue;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(entry.getTimeLocal());
                out.putNextEntry(copy);
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        out.write(buffer, 0, n);
                    }
                }
                out.closeEntry();
            }
        }
    }
}

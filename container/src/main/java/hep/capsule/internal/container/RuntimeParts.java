package hep.capsule.internal.container;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What runs Capsule without a JDK or Maven, prepared in a work folder: a jlinked Java runtime, onnxruntime's native
 * libraries for one platform, and Capsule's jars with onnxruntime's jar stripped of every native library. The image and
 * the relocatable distribution are both made of these parts.
 *
 * @param runtime the jlinked runtime's folder
 * @param natives onnxruntime's native libraries of the platform, in name order
 * @param jars Capsule's jars in class path order, onnxruntime's replaced by its stripped copy
 * @param inputs what the parts were made from: the JDK jlink ran from, and onnxruntime's jar with its SHA-256
 */
record RuntimeParts(Path runtime, List<Path> natives, List<Path> jars, String inputs) {
    /** The class Capsule starts at. */
    static final String MAIN_CLASS = "hep.capsule.internal.cli.Main";

    RuntimeParts {
        natives = List.copyOf(natives);
        jars = List.copyOf(jars);
    }

    /**
     * Prepares the parts in {@code work} from Capsule's jars (class path order) for the platform, refusing one
     * onnxruntime ships no native libraries for.
     */
    static RuntimeParts prepare(List<Path> capsuleJars, ImagePlatform platform, Path work)
            throws IOException, ImageException, InterruptedException {
        OnnxRuntimeJar onnxRuntime = OnnxRuntimeJar.among(capsuleJars);
        List<String> shipped = onnxRuntime.platforms();
        if (!shipped.contains(platform.onnxRuntimeFolder())) {
            List<String> named = new ArrayList<>();
            for (String folder : shipped) {
                named.add(ImagePlatform.ofOnnxRuntimeFolder(folder)
                        .map(ImagePlatform::toString)
                        .orElse(folder));
            }
            throw new ImageException("onnxruntime " + onnxRuntime.path().getFileName()
                    + " ships no native libraries for " + platform + "; it ships them for " + String.join(", ", named));
        }
        ImagePlatform host = ImagePlatform.host();
        if (!platform.equals(host)) {
            throw new ImageException(
                    "--platform " + platform + ": the Java runtime is jlinked from this machine's JDK, which is " + host
                            + "; build the image for " + platform + " on a " + platform + " machine");
        }
        Path runtime = work.resolve("runtime");
        JavaRuntime.link(runtime);
        List<Path> natives = onnxRuntime.extractNatives(platform.onnxRuntimeFolder(), work.resolve("native"));
        Path stripped = Files.createDirectories(work.resolve("lib"))
                .resolve(onnxRuntime.path().getFileName());
        onnxRuntime.writeWithoutNatives(stripped);
        List<Path> jars = capsuleJars.stream()
                .map(jar -> jar.equals(onnxRuntime.path()) ? stripped : jar)
                .toList();
        String inputs = "jdk=" + JavaRuntime.jdk() + "; onnxruntime="
                + onnxRuntime.path().getFileName() + " sha256:" + sha256(onnxRuntime.path());
        return new RuntimeParts(runtime, natives, jars, inputs);
    }

    /**
     * The JVM's arguments before Capsule's own: the native libraries' folder, the class path (jars in order, in
     * {@code jarFolder}), the main class.
     */
    List<String> jvmArguments(String nativeFolder, String jarFolder) {
        List<String> arguments = new ArrayList<>();
        arguments.add("-D" + "onnxruntime.native.path=" + nativeFolder);
        arguments.add("-cp");
        arguments.add(String.join(
                ":",
                jars.stream().map(jar -> jarFolder + "/" + jar.getFileName()).toList()));
        arguments.add(MAIN_CLASS);
        return arguments;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

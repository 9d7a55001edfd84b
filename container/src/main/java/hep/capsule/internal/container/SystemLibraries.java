package hep.capsule.internal.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The C and C++ libraries the Java runtime and onnxruntime's native libraries load, copied from this machine into the
 * image under their SONAME (the name the dynamic loader looks for, which on the host is often a symbolic link to a
 * versioned file: an image must hold the file itself).
 */
final class SystemLibraries {
    /** The dynamic loader, at the path every x86-64 executable names as its interpreter. */
    static final String LOADER = "ld-linux-x86-64.so.2";

    static final String LOADER_FOLDER = "/lib64";
    /** Where the libraries go in the image: the multiarch folder Debian's loader searches without an ld.so.cache. */
    static final String LIBRARY_FOLDER = "/lib/x86_64-linux-gnu";
    /** libc and its parts, the C++ runtime and its unwinder (onnxruntime, libjvm), and zlib (the JDK's zip support). */
    static final List<String> SONAMES = List.of(
            "libc.so.6",
            "libm.so.6",
            "libdl.so.2",
            "librt.so.1",
            "libpthread.so.0",
            "libstdc++.so.6",
            "libgcc_s.so.1",
            "libz.so.1");

    private static final List<Path> HOST_FOLDERS = List.of(
            Path.of("/lib/x86_64-linux-gnu"),
            Path.of("/usr/lib/x86_64-linux-gnu"),
            Path.of("/lib64"),
            Path.of("/usr/lib64"));

    /** One library: the file on this machine (symbolic links followed) and its path in the image. */
    record Library(Path source, String imagePath) {}

    private SystemLibraries() {}

    /** Every library, the loader first, found on this machine. */
    static List<Library> onHost(ImagePlatform platform) throws IOException, ImageException {
        if (!platform.equals(new ImagePlatform("linux", "amd64"))) {
            throw new ImageException(
                    "Capsule copies the C libraries of a linux/amd64 machine only; this is " + platform);
        }
        List<Library> libraries = new ArrayList<>();
        libraries.add(new Library(find(LOADER), LOADER_FOLDER + "/" + LOADER));
        for (String soname : SONAMES) {
            libraries.add(new Library(find(soname), LIBRARY_FOLDER + "/" + soname));
        }
        return libraries;
    }

    private static Path find(String soname) throws IOException, ImageException {
        for (Path folder : HOST_FOLDERS) {
            Path candidate = folder.resolve(soname);
            if (Files.isRegularFile(candidate)) {
                return candidate.toRealPath();
            }
        }
        throw new ImageException("this machine has no " + soname + " in " + HOST_FOLDERS
                + "; the image needs it (install libc6, libstdc++6, zlib1g)");
    }
}

package hep.capsule.internal.container;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** A base image given with {@code --base}: a {@code docker save} tarball, the one kind Jib builds on offline. */
record BaseImage(Path tarball) {
    /** The tarball, once its table of contents shows a {@code docker save} image (a manifest.json). */
    static BaseImage check(Path tarball) throws ImageException {
        boolean dockerManifest = false;
        boolean ociLayout = false;
        try (InputStream in = Files.newInputStream(tarball);
                TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                dockerManifest |= name.equals("manifest.json");
                ociLayout |= name.equals("oci-layout");
            }
        } catch (IOException e) {
            throw new ImageException("--base " + tarball + " is not a readable tar file: " + e.getMessage(), e);
        }
        if (dockerManifest) {
            return new BaseImage(tarball);
        }
        if (ociLayout) {
            throw new ImageException("--base " + tarball
                    + " is an OCI image layout, which Jib cannot use as a base image; convert it to a "
                    + "docker save tarball first: skopeo copy oci-archive:" + tarball + " docker-archive:base.tar");
        }
        throw new ImageException("--base " + tarball + " is not a docker save tarball (it has no manifest.json)");
    }
}

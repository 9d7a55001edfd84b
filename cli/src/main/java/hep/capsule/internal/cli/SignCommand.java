package hep.capsule.internal.cli;

import hep.capsule.internal.archive.tar.InvalidArchiveException;
import hep.capsule.internal.signatures.ArchiveSigning;
import hep.capsule.internal.signatures.SigningException;
import hep.capsule.internal.signatures.TagManifestSigner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "sign",
        mixinStandardHelpOptions = true,
        description = "Add a signature to a capsule: re-read it safely, check that it is intact, and rewrite it "
                + "atomically with one more signature of its tag manifest. Other signatures stay as they are.")
final class SignCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ARCHIVE", description = "the capsule archive to sign in place")
    Path archive;

    @Option(
            names = "--key",
            required = true,
            paramLabel = "KEY",
            description = "an OpenPGP secret key (secret.asc), a PEM private key, or a PKCS#12 file")
    Path key;

    @Mixin
    SigningOptions signing;

    @Override
    public Integer call() throws IOException, UserError {
        TagManifestSigner signer = signing.unlock(key);
        try {
            List<String> added = ArchiveSigning.addSignature(archive, signer);
            System.out.println("signed " + archive + ": added " + String.join(" and ", added));
            return ExitCodes.OK;
        } catch (InvalidArchiveException e) {
            throw UserError.unusable(archive, e);
        } catch (ArchiveSigning.NotIntactException | SigningException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}

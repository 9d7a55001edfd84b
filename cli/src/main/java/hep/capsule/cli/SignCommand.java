package hep.capsule.cli;

import hep.capsule.files.WorkFolder;
import hep.capsule.archive.tar.ArchiveSettings;
import hep.capsule.files.AtomicFileWriter;
import hep.capsule.archive.bag.BagFile;
import hep.capsule.signatures.BagSignatures;
import hep.capsule.archive.tar.Compression;
import hep.capsule.archive.tar.DeterministicTar;
import hep.capsule.signatures.SigningException;
import hep.capsule.signatures.TagManifestSigner;
import hep.capsule.archive.tar.ArchiveFormat;
import hep.capsule.archive.tar.ArchiveLimits;
import hep.capsule.archive.Archives;
import hep.capsule.archive.OpenedArchive;
import hep.capsule.archive.tar.InvalidArchiveException;
import hep.capsule.archive.tar.ArchiveContents;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Add a signature to a capsule: re-read it safely, check that it is intact, and rewrite it atomically with one more signature of its tag manifest. Other signatures stay as they are.")
final class SignCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ARCHIVE", description = "the capsule archive to sign in place")
    Path archive;

    @Option(names = "--key", required = true, paramLabel = "KEY",
            description = "an OpenPGP secret key (secret.asc), a PEM private key, or a PKCS#12 file")
    Path key;

    @Mixin
    SigningOptions signing;

    @Override
    public Integer call() throws IOException, UserError {
        TagManifestSigner signer = signing.unlock(key);
        try (WorkFolder work = WorkFolder.create("sign")) {
            OpenedArchive opened = Archives.open(archive, work.path(), ArchiveLimits.defaults());
            if (!opened.complete()) {
                throw new UserError(archive + " is not intact, so it is not signed: " + opened.findings().get(0));
            }
            ArchiveContents read = opened.contents();
            List<BagFile> bag = read.files().values().stream().map(f -> BagFile.of(f.bagPath(), f.storedAt())).toList();
            List<BagFile> signed = BagSignatures.addSignature(bag, signer);
            ArchiveSettings settings = new ArchiveSettings(read.entryTime(),
                    read.format() == ArchiveFormat.TAR ? Compression.NONE : Compression.DEFAULT);
            AtomicFileWriter.write(archive, true, out -> DeterministicTar.write(read.topFolder(), signed, settings, out));
            System.out.println("signed " + archive + ": added "
                    + String.join(" and ", signed.subList(bag.size(), signed.size()).stream().map(BagFile::bagPath).toList()));
            return ExitCodes.OK;
        } catch (InvalidArchiveException e) {
            throw new UserError(archive + " is not a readable capsule: " + e.getMessage(), e);
        } catch (SigningException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}

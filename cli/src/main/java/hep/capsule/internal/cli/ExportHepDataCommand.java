package hep.capsule.internal.cli;

import hep.capsule.internal.files.AtomicFileWriter;
import hep.capsule.internal.publishing.export.CutflowTable;
import hep.capsule.internal.publishing.export.ExportException;
import hep.capsule.internal.publishing.export.HepDataSubmission;
import hep.capsule.internal.publishing.export.PackedCapsule;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "hepdata",
        mixinStandardHelpOptions = true,
        description = "Write DIR/submission.yaml for HEPData with the capsule as an additional resource and each "
                + "cutflow as a data table"
                + " (DIR/cutflow_N.yaml), and copy the capsule beside it"
                + " (a capsule above HEPData's 50 MB limit is referenced by --location URL instead).")
final class ExportHepDataCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ARCHIVE")
    Path archive;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "DIR",
            description = "the folder of the submission (created if needed)")
    Path folder;

    @Option(
            names = "--location",
            paramLabel = "URL",
            description = "where the capsule is published (e.g. its Zenodo DOI URL); it is then not copied")
    String location;

    @Option(names = "--force", description = "replace existing files in DIR")
    boolean force;

    @Override
    public Integer call() throws IOException, UserError {
        PackedCapsule capsule = ExportedCapsule.read(archive);
        String name = archive.getFileName().toString();
        try {
            HepDataSubmission submission = HepDataSubmission.of(
                    capsule.descriptor(), HepDataSubmission.location(capsule, Optional.ofNullable(location)));
            List<CutflowTable> tables = CutflowTable.of(capsule.descriptor());
            for (CutflowTable table : tables) {
                submission.addTable(table.entry());
            }
            byte[] yaml = submission.toYaml();
            Files.createDirectories(folder);
            if (location == null) {
                AtomicFileWriter.write(folder.resolve(name), force, out -> Files.copy(archive, out));
            }
            for (CutflowTable table : tables) {
                byte[] data = HepDataSubmission.yaml(table.data());
                AtomicFileWriter.write(folder.resolve(table.dataFile()), force, out -> out.write(data));
            }
            AtomicFileWriter.write(folder.resolve("submission.yaml"), force, out -> out.write(yaml));
        } catch (ExportException e) {
            throw new UserError(archive + ": " + e.getMessage(), e);
        } catch (FileAlreadyExistsException e) {
            throw new UserError(e.getFile() + " exists already; give --force to replace it", e);
        }
        System.out.println("wrote " + folder.resolve("submission.yaml")
                + (location == null
                        ? " and copied the capsule beside it; upload the folder as one archive to HEPData"
                        : "; the capsule is referenced at " + location + " (not copied)"));
        return ExitCodes.OK;
    }
}

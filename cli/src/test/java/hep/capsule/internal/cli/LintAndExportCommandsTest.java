package hep.capsule.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** capsule lint's exit codes and SARIF file, and the export commands' files and refusals. */
class LintAndExportCommandsTest {
    private static final Path HIGGS = Path.of("../archive-examples/atlas-higp-2024-32-resdnn-even/capsule.yaml");
    private static final Path SUSY = Path.of("../archive-examples/atlas-susy-2019-04-4jets/capsule.yaml");

    @TempDir
    Path temp;

    @Test
    void lintFailsOnErrorsAndWithStrictOnWarnings() throws Exception {
        assertEquals(0, Main.commandLine().execute("lint", HIGGS.toString()));
        assertEquals(7, Main.commandLine().execute("lint", HIGGS.toString(), "--strict"));
        Path sarif = temp.resolve("lint.sarif");
        assertEquals(7, Main.commandLine().execute("lint", SUSY.toString(), "--sarif", sarif.toString()));
        JsonNode log = new ObjectMapper().readTree(sarif.toFile());
        assertEquals("2.1.0", log.path("version").asText());
        assertEquals(6, log.path("runs").path(0).path("results").size());
        assertEquals(2, Main.commandLine().execute("lint", HIGGS.toString(), "--min-events", "0"));
    }

    @Test
    void anArchiveThatIsNotIntactIsNeitherLintedNorExported() {
        String altered =
                Path.of("../conformance/invalid/payload-changed.tar.gz").toString();
        Path zenodo = temp.resolve(".zenodo.json");
        CapsuleCli.Outcome lint = CapsuleCli.run("lint", altered);
        CapsuleCli.Outcome export = CapsuleCli.run("export", "zenodo", altered, "-o", zenodo.toString());
        assertEquals(2, lint.code(), lint.err());
        assertEquals(2, export.code(), export.err());
        assertTrue(lint.err().contains("data/models/tiny/tiny.onnx"), lint.err());
        assertTrue(Files.notExists(zenodo));
    }

    @Test
    void exportsWriteTheirFilesOrNameWhatIsMissing() throws Exception {
        Path archive = temp.resolve("higgs.capsule.tar.gz");
        assertEquals(0, Main.commandLine().execute("pack", HIGGS.toString(), "-o", archive.toString()));
        assertEquals(
                2,
                Main.commandLine()
                        .execute(
                                "export",
                                "zenodo",
                                archive.toString(),
                                "-o",
                                temp.resolve(".zenodo.json").toString()));
        assertTrue(Files.notExists(temp.resolve(".zenodo.json")));
        Path folder = temp.resolve("hepdata");
        assertEquals(0, Main.commandLine().execute("export", "hepdata", archive.toString(), "-o", folder.toString()));
        assertEquals(Files.size(archive), Files.size(folder.resolve("higgs.capsule.tar.gz")));
        assertTrue(Files.readString(folder.resolve("submission.yaml")).contains("location: \"higgs.capsule.tar.gz\""));
        assertTrue(
                Files.readString(folder.resolve("cutflow_1.yaml")).contains("- value: \"DNN > 0.8\"\n"),
                "the Higgs capsule's illustrative cutflow is a data table");
        assertEquals(
                2,
                Main.commandLine().execute("export", "hepdata", archive.toString(), "-o", folder.toString()),
                "no overwrite without --force");
        Path linked = temp.resolve("linked");
        assertEquals(
                0,
                Main.commandLine()
                        .execute(
                                "export",
                                "hepdata",
                                archive.toString(),
                                "-o",
                                linked.toString(),
                                "--location",
                                "https://doi.org/10.5281/zenodo.1"));
        assertTrue(Files.notExists(linked.resolve("higgs.capsule.tar.gz")));
    }
}

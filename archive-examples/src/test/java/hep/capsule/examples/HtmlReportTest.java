package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.archive.bag.BagLayout;
import hep.capsule.internal.schema.ReportSchema;
import hep.capsule.internal.verifier.Verifier;
import hep.capsule.internal.verifier.VerifyOptions;
import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code capsule verify --html}, rendered by a real headless Chromium. */
class HtmlReportTest {
    /** Screenshots are kept here, as test artefacts. */
    private static final Path ARTEFACTS = Examples.moduleFolder().resolve("target/html-report");

    @TempDir
    Path temp;

    @Test
    void theSusyReportShowsTheVerdictTheOutputsBothEnvironmentsAndThePlotsInABrowser() throws Exception {
        Examples.SUSY_4JETS.pack(temp.resolve("susy.tar.gz"));
        Launcher.Run run = Launcher.run(temp, "verify", "susy.tar.gz", "--html", "report.html");
        assertEquals(0, run.exitCode(), run.all());
        HeadlessChromium chromium = new HeadlessChromium(temp);
        String dom = chromium.dumpDom(temp.resolve("report.html"));
        chromium.screenshot(temp.resolve("report.html"), ARTEFACTS.resolve("susy-report.png"), 1280, 2400);

        assertEquals(List.of("REPRODUCED"), all(dom, "data-verdict=\"([A-Z_]+)\""));
        String outputs = only(dom, "(?s)<table class=\"outputs\">(.*?)</table>");
        assertEquals(
                1 + 4,
                count(outputs, "<tr"),
                "a header and the four comparisons: the normalised input, the output, the witness, "
                        + "the output against the witness");
        assertTrue(
                outputs.contains(
                        "<td>output 39</td><td>float32</td><td class=\"n\">1000</td><td class=\"n\">1000</td>"),
                outputs);
        String cutflow = only(dom, "(?s)<table class=\"cutflow\" data-cutflow=\"SR-NN-4j\">(.*?)</table>");
        assertEquals(1 + 2, count(cutflow, "<tr"), "a header and the two stages");
        assertEquals(
                2, count(cutflow, "<td class=\"n\">109</td>"), "109 events recorded and 109 re-derived at NN > 0.73");
        assertEquals(1, count(cutflow, "<td class=\"n\">109 (1.09"), "109 by the portable witness too");
        assertEquals(0, count(cutflow, "class=\"differs\""));
        String signalModel = only(dom, "(?s)<section class=\"part part-signal-model\"[^>]*>(.*?)</section>");
        assertTrue(signalModel.contains("param_card.Gtt.slha"), signalModel);
        String environments = only(dom, "(?s)<table class=\"environments\">(.*?)</table>");
        assertEquals(2, count(environments, "onnxruntime 1.28.0"), "named for packing and for verifying");
        assertEquals(1, count(dom, "<svg"), "the re-executed distribution of output 39 over the packed one, inline");
        assertEquals(
                65 + 1,
                count(dom, "<img alt=\"data/validation/plots/nn_4jets/"),
                "every plot the archive carries, as an image");
        assertEquals(List.of(), externalReferences(Files.readString(temp.resolve("report.html"))));
    }

    @Test
    void hostileTextFromACapsuleIsShownAsTextAndNothingIsRun() throws Exception {
        String hostile = "<script>document.title='pwned'</script><img src=x onerror=alert(1)>";
        Path folder = Examples.SUSY_4JETS.copyTo(temp.resolve("hostile"));
        Path descriptor = folder.resolve("capsule.yaml");
        String yaml = Files.readString(descriptor);
        String workingPoint = "SR-NN-4j (1 lepton, exactly 4 jets, >= 4 b-jets)";
        assertTrue(yaml.contains("name: " + workingPoint));
        assertTrue(yaml.contains("working_point: \"" + workingPoint + "\""), "the cutflow's stage names it too");
        Files.writeString(
                descriptor,
                yaml.replace("name: " + workingPoint, "name: \"" + hostile + "\"")
                        .replace("working_point: \"" + workingPoint + "\"", "working_point: \"" + hostile + "\""));
        Launcher.Run pack = Launcher.run(folder, "pack", "capsule.yaml", "-o", "hostile.tar.gz");
        assertEquals(0, pack.exitCode(), pack.all());
        Launcher.Run verify = Launcher.run(folder, "verify", "hostile.tar.gz", "--html", "report.html");
        assertEquals(0, verify.exitCode(), verify.all());

        String html = Files.readString(folder.resolve("report.html"));
        assertFalse(html.contains(hostile), "never written as markup");
        assertFalse(html.contains("<script"), "the report has no script");
        String dom = new HeadlessChromium(temp).dumpDom(folder.resolve("report.html"));
        assertEquals("capsule verify: REPRODUCED", only(dom, "<title>(.*?)</title>"), "no script ran");
        assertFalse(dom.contains("<script"));
        assertEquals(List.of(), all(dom, "<img [^>]*src=\"(x)\""), "no image from the capsule's text");
        assertTrue(
                dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"),
                "the working point's name is shown as text in the output table");
        assertEquals(List.of(), externalReferences(html));
    }

    @Test
    void bothEnvironmentsAreNamedWhenEveryOutputIsBitIdentical() throws Exception {
        BagSurgery bag = BagSurgery.open(Examples.SUSY_4JETS.pack(temp.resolve("susy.tar.gz")));
        String json = new String(bag.files.get(BagLayout.CAPSULE_JSON), StandardCharsets.UTF_8);
        assertEquals(1, count(json, "\"version\": \"1.28.0\""), "the packing record names onnxruntime 1.28.0 once");
        bag.files.put(
                BagLayout.CAPSULE_JSON,
                json.replace("\"version\": \"1.28.0\"", "\"version\": \"1.20.0\"")
                        .getBytes(StandardCharsets.UTF_8));
        bag.reseal().write(temp.resolve("packed-with-1.20.tar.gz"));

        ArchiveReport report = new Verifier(VerifyOptions.defaults()).verify(temp.resolve("packed-with-1.20.tar.gz"));
        assertEquals(Verdict.REPRODUCED, report.verdict(), report.reason());
        assertEquals(
                List.of("onnxruntime 1.20.0", "capsule-onnx-interpreter 1"),
                report.environments().packing().runtimeVersions());
        assertEquals(
                List.of("onnxruntime 1.28.0", "capsule-onnx-interpreter 1"),
                report.environments().verifying().runtimeVersions());

        Launcher.Run run = Launcher.run(temp, "verify", "packed-with-1.20.tar.gz", "--json", "report.json");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(
                run.out()
                        .matches("(?s).*\n  packed with: +Capsule [^\n]*; onnxruntime 1\\.20\\.0; [^\n]*\n  "
                                + "verified with: +Capsule [^\n]*; onnxruntime 1\\.28\\.0; .*"),
                run.out());
        byte[] reportJson = Files.readAllBytes(temp.resolve("report.json"));
        assertEquals(List.of(), ReportSchema.problems(reportJson));
        String text = new String(reportJson, StandardCharsets.UTF_8);
        assertTrue(
                text.contains("\"version\" : \"1.20.0\"") && text.contains("\"version\" : \"1.28.0\""),
                "both in the JSON report");
    }

    /** Every src, href or url() that points outside the page. */
    static List<String> externalReferences(String html) {
        return all(html, "(?i)(?:src|href|xlink:href)\\s*=\\s*[\"']([^\"']*)[\"']|url\\(([^)]*)\\)").stream()
                .filter(ref -> !ref.startsWith("#") && !ref.startsWith("data:"))
                .toList();
    }

    private static List<String> all(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.results()
                .map(m -> m.group(1) != null ? m.group(1) : m.group(m.groupCount()))
                .toList();
    }

    private static String only(String text, String regex) {
        List<String> found = all(text, regex);
        assertEquals(1, found.size(), regex + " in " + text);
        return found.get(0);
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }
}

package hep.capsule.internal.verifier.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.archive.Finding;
import hep.capsule.internal.archive.FindingCode;
import hep.capsule.internal.plots.VerticalLine;
import hep.capsule.internal.schema.MachineEnvironment;
import hep.capsule.internal.schema.RuntimeRecord;
import hep.capsule.internal.verifier.Verifier;
import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.ChangedEvent;
import hep.capsule.internal.verifier.report.CheckReport;
import hep.capsule.internal.verifier.report.CutflowReport;
import hep.capsule.internal.verifier.report.Environment;
import hep.capsule.internal.verifier.report.Environments;
import hep.capsule.internal.verifier.report.OutputDistribution;
import hep.capsule.internal.verifier.report.StageReport;
import hep.capsule.internal.verifier.report.StoredPlot;
import hep.capsule.internal.verifier.report.Verdict;
import hep.capsule.internal.verifier.report.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportPageTest {
    private static final String HOSTILE = "\"><script>alert(1)</script>";

    private static Environment environment(String onnxruntime) {
        return new Environment(
                "0.1.0",
                new MachineEnvironment("Linux", "6.1", "amd64", "CPU", List.of("avx2"), "17.0.15", "Debian", "VM"),
                List.of(new RuntimeRecord("nn", "onnxruntime", onnxruntime, Map.of())));
    }

    private static ArchiveReport reproduced(String path) {
        OutputDistribution distribution = new OutputDistribution(
                "nn",
                "score" + HOSTILE,
                0,
                1,
                0,
                1,
                new double[] {1, 2},
                new double[] {1, 2},
                List.of(new VerticalLine("SR" + HOSTILE, 0.5)),
                List.of());
        StoredPlot plot = new StoredPlot(
                "data/validation/plots/nn/outputs/score.svg",
                "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(2)</script></svg>");
        return new ArchiveReport(
                path,
                Verdict.REPRODUCED,
                "every output is bit-identical to the stored reference",
                "capsule" + HOSTILE,
                false,
                List.of(CheckReport.failed(
                        Verifier.SAFETY,
                        List.of(new Finding(FindingCode.UNSAFE_ENTRY_NAME, "file" + HOSTILE, "finding" + HOSTILE)))),
                List.of(),
                List.of(),
                List.of(),
                1.0,
                List.of(),
                null,
                List.of(),
                null,
                null,
                List.of(),
                new Environments(environment("1.20.0"), environment("1.28.0")),
                List.of(distribution),
                List.of(plot));
    }

    @Test
    void severalArchivesGetASummaryTableLinkingToEachArchivesSection() {
        String html = page(VerificationReport.of(
                "0.1.0",
                List.of(
                        reproduced("a.tar.gz"),
                        Verifier.notVerified("b" + HOSTILE + ".tar.gz", "the worker died", 2))));
        assertEquals(2, count(html, "<tr><td><a href=\"#archive-"), "one summary row per archive");
        assertTrue(html.contains("<a href=\"#archive-1\">a.tar.gz</a>") && html.contains("<a href=\"#archive-2\">"));
        assertTrue(html.contains("<section class=\"archive\" id=\"archive-1\">")
                && html.contains("<section class=\"archive\" id=\"archive-2\">"));
        assertTrue(
                html.indexOf("id=\"archive-1-verdict\"") < html.indexOf("id=\"archive-1-integrity\"")
                        && html.indexOf("id=\"archive-1-integrity\"") < html.indexOf("id=\"archive-1-outputs\"")
                        && html.indexOf("id=\"archive-1-outputs\"") < html.indexOf("id=\"archive-1-cutflows\"")
                        && html.indexOf("id=\"archive-1-cutflows\"") < html.indexOf("id=\"archive-1-signal-model\"")
                        && html.indexOf("id=\"archive-1-signal-model\"") < html.indexOf("id=\"archive-1-environments\"")
                        && html.indexOf("id=\"archive-1-environments\"") < html.indexOf("id=\"archive-1-plots\""),
                "the parts in their order");
        assertTrue(html.contains("id=\"overall-verdict\">INVALID<"), "the worst verdict");
        assertTrue(
                html.contains("<p>Unknown: the archive's metadata could not be read.</p>"),
                "no environments for an unread archive");
    }

    @Test
    void everythingFromTheArchiveIsEscapedAndItsPlotsAreOnlyImages() {
        String html = page(VerificationReport.of("0.1.0", List.of(reproduced("a.tar.gz"))));
        assertFalse(html.contains("<script"), html);
        assertEquals(0, count(html, "<table class=\"summary\">"), "one archive: no summary table");
        assertTrue(html.contains("capsule&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("finding&quot;&gt;&lt;script&gt;"));
        assertTrue(
                html.contains("finding&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; [UNSAFE_ENTRY_NAME]"),
                "a problem shows its code");
        assertTrue(
                html.contains(">SR&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;<"),
                "the working point in the inline overlay, as text");
        String stored = Base64.getEncoder()
                .encodeToString("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(2)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8));
        assertTrue(
                html.contains("<img alt=\"data/validation/plots/nn/outputs/score.svg\" src=\"data:image/svg+xml;base64,"
                        + stored + "\">"));
        assertTrue(
                html.contains("<tr class=\"differs\"><th>runtimes</th><td>onnxruntime 1.20.0</td><td>onnxruntime "
                        + "1.28.0</td></tr>"),
                "both environments, the difference marked");
        assertTrue(html.contains("default-src 'none'"), "a policy that forbids every fetch");
    }

    @Test
    void aCutflowStageThatDiffersIsMarkedWithTheChangedEvent() {
        ArchiveReport base = reproduced("a.tar.gz");
        StageReport first = new StageReport(
                "exactly 1 lepton", null, false, 20000L, 153.2, null, null, null, null, null, null, List.of(), 0, true);
        StageReport cut = new StageReport(
                "NN > 0.73" + HOSTILE,
                "nn / 39 / SR",
                true,
                310L,
                3.9,
                309L,
                3.87,
                309L,
                3.87,
                310L,
                3.9,
                List.of(new ChangedEvent("nn", 1532, 0.031, true, "onnxruntime")),
                1,
                false);
        ArchiveReport report = new ArchiveReport(
                base.path(),
                Verdict.NOT_REPRODUCED,
                "a cutflow differs",
                base.capsule(),
                false,
                base.checks(),
                List.of(),
                List.of(),
                List.of(),
                1.0,
                List.of(),
                null,
                List.of(new CutflowReport(
                        "SR-NN-4j", "", "reference_events", "param_card.slha", false, List.of(first, cut))),
                Verdict.REPRODUCED,
                Verdict.NOT_REPRODUCED,
                List.of(),
                base.environments(),
                List.of(),
                List.of());
        String html = page(VerificationReport.of("0.1.0", List.of(report)));
        assertEquals(
                1,
                count(html, "<tr class=\"differs\"><td>NN &gt; 0.73&quot;&gt;&lt;script&gt;"),
                "the cut stage, marked and escaped");
        assertTrue(
                html.contains("<td class=\"n\">310</td><td class=\"n\">3.9</td><td class=\"n\">309</td><td "
                        + "class=\"n\">3.87</td>"
                        + "<td class=\"n\">309 (3.87)</td><td class=\"n\">-1</td>"
                        + "<td>event 1532 of nn (weight 0.0310, passed, now fails by onnxruntime)</td></tr>"),
                html);
        assertTrue(
                html.contains(
                        "<tr><td>exactly 1 lepton</td><td></td><td class=\"n\">20000</td><td class=\"n\">153.2</td>"
                                + "<td class=\"n\"></td><td class=\"n\"></td><td class=\"n\"></td><td "
                                + "class=\"n\"></td><td></td></tr>"),
                "a stage before the first cut: carried, not re-derived");
    }

    private static String page(VerificationReport report) {
        return new String(HtmlReport.write(report), StandardCharsets.UTF_8);
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }
}

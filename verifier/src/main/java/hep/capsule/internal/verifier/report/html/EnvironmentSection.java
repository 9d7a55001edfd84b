package hep.capsule.internal.verifier.report.html;

import hep.capsule.internal.schema.MachineEnvironment;
import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.Environment;
import java.util.List;
import java.util.function.Function;

/** The packing environment beside the verifying one, row by row, the rows that differ marked. */
final class EnvironmentSection implements HtmlSection {
    @Override
    public String title() {
        return "Packing and verifying environments";
    }

    @Override
    public String id() {
        return "environments";
    }

    @Override
    public void write(ArchiveReport archive, String anchor, Html html) {
        if (archive.environments() == null) {
            html.markup("<p>Unknown: the archive's metadata could not be read.</p>\n");
            return;
        }
        Environment packing = archive.environments().packing();
        Environment verifying = archive.environments().verifying();
        html.markup("<table class=\"environments\">\n").row("th", "", "packing", "verifying");
        row(html, "Capsule", packing, verifying, Environment::capsuleVersion);
        row(html, "runtimes", packing, verifying, e -> String.join(", ", e.runtimeVersions()));
        row(
                html,
                "operating system",
                packing,
                verifying,
                e -> e.machine().osName() + " " + e.machine().osVersion());
        row(html, "architecture", packing, verifying, e -> e.machine().osArch());
        row(html, "CPU", packing, verifying, e -> e.machine().cpuModel());
        row(
                html,
                "CPU flags",
                packing,
                verifying,
                e -> String.join(" ", e.machine().cpuFlags()));
        row(html, "Java", packing, verifying, e -> javaOf(e.machine()));
        row(html, "Java VM", packing, verifying, e -> e.machine().javaVm());
        html.markup("</table>\n");
        List<String> differences = archive.environmentDifferences();
        if (!differences.isEmpty()) {
            html.markup("<p>What differs, as the verification explains an output that is not bit-identical:</p>\n<ul>");
            differences.forEach(d -> html.markup("<li>").text(d).markup("</li>"));
            html.markup("</ul>\n");
        }
    }

    private static String javaOf(MachineEnvironment machine) {
        return machine.javaVersion() + " (" + machine.javaVendor() + ")";
    }

    private static void row(
            Html html, String what, Environment packing, Environment verifying, Function<Environment, String> value) {
        String before = value.apply(packing);
        String after = value.apply(verifying);
        html.markup(before.equals(after) ? "<tr>" : "<tr class=\"differs\">")
                .markup("<th>")
                .text(what)
                .markup("</th><td>")
                .text(before)
                .markup("</td><td>")
                .text(after)
                .markup("</td></tr>\n");
    }
}

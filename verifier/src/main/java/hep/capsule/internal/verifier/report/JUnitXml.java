package hep.capsule.internal.verifier.report;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A verification report as JUnit XML, the format CI servers (Jenkins, GitLab, GitHub Actions) keep a history of: one
 * test suite, one test case per archive, named by the archive; an archive that does not pass is a {@code failure} whose
 * type is its verdict and whose text holds every finding of the checks that failed.
 */
public final class JUnitXml {
    private static final String SUITE = "capsule verify";

    private JUnitXml() {}

    /** @param exact whether REPRODUCED_WITHIN_TOLERANCE counts as a failure (as with {@code verify --exact}) */
    public static byte[] write(VerificationReport report, boolean exact) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            long failures = report.archives().stream()
                    .filter(a -> a.verdict().exitCode(exact) != 0)
                    .count();
            double seconds = report.archives().stream()
                    .mapToDouble(ArchiveReport::seconds)
                    .sum();
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", SUITE);
            counts(xml, report.archives().size(), failures, seconds);
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", SUITE);
            counts(xml, report.archives().size(), failures, seconds);
            for (ArchiveReport archive : report.archives()) {
                xml.writeCharacters("\n    ");
                testCase(xml, archive, exact);
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static void counts(XMLStreamWriter xml, int tests, long failures, double seconds)
            throws XMLStreamException {
        xml.writeAttribute("tests", Integer.toString(tests));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", seconds(seconds));
    }

    private static void testCase(XMLStreamWriter xml, ArchiveReport archive, boolean exact) throws XMLStreamException {
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", archive.capsule().isEmpty() ? "capsule" : archive.capsule());
        xml.writeAttribute("name", archive.path());
        xml.writeAttribute("time", seconds(archive.seconds()));
        if (archive.modelMemoryBudget() != null) {
            xml.writeStartElement("properties");
            xml.writeEmptyElement("property");
            xml.writeAttribute("name", "model_memory_budget");
            xml.writeAttribute("value", archive.modelMemoryBudget().toString());
            xml.writeEndElement();
        }
        if (archive.verdict().exitCode(exact) != 0) {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", archive.verdict().name());
            xml.writeAttribute("message", archive.reason());
            StringBuilder text = new StringBuilder();
            for (CheckReport check : archive.checks()) {
                if (check.status() == CheckStatus.FAILED) {
                    check.findings()
                            .forEach(f -> text.append(check.check())
                                    .append(": ")
                                    .append(f.shown())
                                    .append('\n'));
                }
            }
            xml.writeCharacters(text.length() == 0 ? archive.reason() : text.toString());
            xml.writeEndElement();
        }
        xml.writeStartElement("system-out");
        StringBuilder out = new StringBuilder("verdict: " + archive.verdict() + "\n" + archive.reason());
        archive.outputs().stream()
                .filter(o -> o.kind() == OutputReport.Kind.TWIN_AGAINST_ORIGINAL)
                .forEach(twin -> out.append('\n').append(twin.twinSummary()));
        if (archive.numericVerdict() != null) {
            out.append("\nnumeric verdict: ")
                    .append(archive.numericVerdict())
                    .append("; physics verdict: ")
                    .append(archive.physicsVerdict());
        }
        archive.cutflows()
                .forEach(cutflow ->
                        cutflow.stages().forEach(stage -> out.append('\n').append(stage.line(cutflow.name()))));
        xml.writeCharacters(out.toString());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }
}

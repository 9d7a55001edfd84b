package hep.capsule.internal.plots;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SvgPlotsTest {
    private static HistogramPlot plot(String title) {
        Histogram packed = new Histogram(new Binning(0, 1, 4));
        Histogram reExecuted = new Histogram(packed.binning());
        for (double value : new double[] {0.1, 0.3, 0.35, 0.8, 1.0}) {
            packed.fill(value, 1.5);
            reExecuted.fill(value, 1);
        }
        reExecuted.fill(1.2, 1);
        return new HistogramPlot(
                title,
                "p_T of the leading jet [GeV]",
                "sum of weights",
                List.of(HistogramSeries.of("packed", packed), HistogramSeries.of("re-executed", reExecuted)),
                List.of(new VerticalLine("SR-4j: > 0.73", 0.73)),
                reExecuted.notes("re-executed"));
    }

    @Test
    void theSamePlotGivesTheSameBytesWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            byte[] root = SvgPlots.document(plot("score"));
            Locale.setDefault(Locale.GERMANY);
            byte[] german = SvgPlots.document(plot("score"));
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            byte[] arabic = SvgPlots.document(plot("score"));
            assertArrayEquals(root, german);
            assertArrayEquals(root, arabic);
            assertTrue(new String(root, StandardCharsets.UTF_8).contains(">0.5<"), "tick labels with a decimal point");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void textIsEscapedOnlyCapsulesFontIsNamedAndIdsComeFromThePrefix() {
        String svg = SvgPlots.element(plot("<script>alert('x')</script> & \"q\""), "p7-");
        assertFalse(svg.contains("<script"), svg);
        assertTrue(svg.contains("&lt;script&gt;"), svg);
        assertEquals(Set.of("DejaVu Sans, sans-serif"), all(svg, "font-family: ?([^;']*)"));
        Set<String> ids = all(svg, " id='([^']*)'");
        assertFalse(ids.isEmpty());
        assertTrue(ids.stream().allMatch(id -> id.startsWith("p7-")), ids.toString());
        assertTrue(svg.contains(">SR-4j: &gt; 0.73<"), "the working point is drawn with its label");
        assertTrue(
                svg.contains(">sum of weights</text>"),
                "the rotated axis label is text, not glyph outlines from the platform's font scaler");
        assertTrue(svg.contains(">re-executed: 1 above the axis, not shown<"), "what the bins do not show is said");
        Set<String> geometry = all(svg, " (?:d|x|y|x1|y1|x2|y2|width|height)='([^']*)'");
        assertTrue(geometry.size() > 50, geometry.toString());
        assertEquals(
                Set.of(),
                geometry.stream().filter(g -> g.matches(".*\\d\\.\\d{3,}.*")).collect(Collectors.toSet()),
                "coordinates have two decimals at most");
    }

    private static Set<String> all(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.results().map(m -> m.group(1)).collect(Collectors.toSet());
    }
}

package hep.capsule.internal.plots;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one font every plot is drawn with: DejaVu Sans 2.37, shipped with Capsule (licence in
 * {@code DejaVuSans-LICENSE.txt} beside it). Text layout depends on font metrics, so plots drawn with a system's fonts
 * would differ between machines, or fail on one that has none; this font is read from Capsule's own jar and never
 * looked up.
 */
public final class PlotFont {
    /** The family name written into SVG text, so that a viewer with the font shows it as laid out. */
    public static final String FAMILY = "DejaVu Sans";

    private static Font base;

    private PlotFont() {}

    /** @throws PlotFontException when Java cannot load the font, with what to do about it */
    public static Font of(float size) {
        return base().deriveFont(Font.PLAIN, size);
    }

    private static synchronized Font base() {
        if (base == null) {
            base = load();
        }
        return base;
    }

    private static Font load() {
        try (InputStream in = PlotFont.class.getResourceAsStream("DejaVuSans.ttf")) {
            if (in == null) {
                throw new PlotFontException(
                        "DejaVuSans.ttf is missing from Capsule's jar: the installation is incomplete", null);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | InternalError e) {
            // Java's font system does not start on a machine where fontconfig lists no font at all
            throw new PlotFontException(
                    "Java cannot load Capsule's plot font DejaVuSans.ttf (" + e.getMessage()
                            + "): its font system needs"
                            + " the fontconfig library and at least one font; run Capsule with its "
                            + "launcher, which gives Java Capsule's own"
                            + " font configuration "
                            + "(plots/src/main/resources/hep/capsule/internal/plots/fonts.conf), or install "
                            + "fonts-dejavu-core",
                    e);
        } catch (FontFormatException e) {
            throw new PlotFontException("Capsule's plot font DejaVuSans.ttf is damaged", e);
        }
    }
}

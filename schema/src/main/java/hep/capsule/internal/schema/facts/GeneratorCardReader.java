package hep.capsule.internal.schema.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@link GeneratorFacts} of MadGraph5_aMC@NLO run and process cards and Pythia 8 command files. Only what the
 * card writes is recorded; a value it does not give stays null, and nothing is guessed from defaults.
 */
public final class GeneratorCardReader {
    public static final String MADGRAPH = "MadGraph5_aMC@NLO";
    public static final String PYTHIA = "Pythia 8";
    /** MadGraph's banner: {@code #* VERSION 3.4.1 2022-09-01 *}. */
    private static final Pattern MADGRAPH_VERSION = Pattern.compile("^#\\*?\\s*VERSION\\s+(\\d+\\.\\d+\\.\\d+)\\b");
    /** A run-card line: {@code value = name ! comment}. */
    private static final Pattern RUN_CARD_LINE =
            Pattern.compile("^\\s*(.*?)\\s*=\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?:!.*)?$");
    /** A Pythia setting: {@code Group:name = value ! comment}. */
    private static final Pattern PYTHIA_SETTING =
            Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9]*:[A-Za-z][A-Za-z0-9:]*)\\s*=\\s*([^!#]*?)\\s*(?:[!#].*)?$");
    /** A Pythia version written as a comment of its own: {@code ! Pythia 8.310} or {@code # PYTHIA version 8.309}. */
    private static final Pattern PYTHIA_VERSION =
            Pattern.compile("^[!#]\\s*PYTHIA\\s*(?:version\\s*)?v?(8\\.\\d+)\\s*$", Pattern.CASE_INSENSITIVE);

    private GeneratorCardReader() {}

    /** Whether the text is a Pythia 8 command file: some line sets a {@code Group:name} setting. */
    public static boolean isPythiaCommands(String text) {
        return text.lines().anyMatch(line -> PYTHIA_SETTING.matcher(line).matches());
    }

    public static GeneratorFacts madGraphRunCard(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            Matcher m = RUN_CARD_LINE.matcher(line);
            if (m.matches()) {
                values.putIfAbsent(m.group(2).toLowerCase(Locale.ROOT), m.group(1));
            }
        }
        BigDecimal e1 = decimal(values.get("ebeam1"));
        BigDecimal e2 = decimal(values.get("ebeam2"));
        return new GeneratorFacts(
                MADGRAPH,
                madGraphVersion(text),
                e1,
                e2,
                headOn(e1, e2),
                whole(values.get("nevents")),
                values.get("pdlabel"),
                values.get("lhaid"),
                values.get("iseed"),
                List.of(),
                List.of());
    }

    public static GeneratorFacts madGraphProcessCard(String text) {
        List<String> models = new ArrayList<>();
        List<String> processes = new ArrayList<>();
        for (String line : text.lines().map(String::strip).toList()) {
            String command = line.replaceAll("\\s+", " ");
            if (command.startsWith("import model ")) {
                models.add(command.substring("import model ".length()));
            } else if (command.startsWith("generate ") || command.startsWith("add process ")) {
                processes.add(command);
            }
        }
        return new GeneratorFacts(
                MADGRAPH, madGraphVersion(text), null, null, null, null, null, null, null, models, processes);
    }

    public static GeneratorFacts pythiaCommands(String text) {
        Map<String, String> settings = new LinkedHashMap<>();
        String version = null;
        for (String line : text.lines().toList()) {
            Matcher v = PYTHIA_VERSION.matcher(line.strip());
            if (version == null && v.matches()) {
                version = v.group(1);
            }
            Matcher m = PYTHIA_SETTING.matcher(line);
            if (m.matches()) {
                settings.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
            }
        }
        BigDecimal eA = decimal(settings.get("beams:ea"));
        BigDecimal eB = decimal(settings.get("beams:eb"));
        BigDecimal eCM = decimal(settings.get("beams:ecm"));
        return new GeneratorFacts(
                PYTHIA,
                version,
                eA,
                eB,
                eCM != null ? eCM : headOn(eA, eB),
                whole(settings.get("main:numberofevents")),
                settings.get("pdf:pset"),
                null,
                settings.get("random:seed"),
                List.of(),
                List.of());
    }

    private static String madGraphVersion(String text) {
        return text.lines()
                .map(String::strip)
                .map(MADGRAPH_VERSION::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst()
                .orElse(null);
    }

    /** sqrt(s) = 2 sqrt(E1 E2) for head-on massless beams. */
    private static BigDecimal headOn(BigDecimal e1, BigDecimal e2) {
        if (e1 == null || e2 == null || e1.signum() <= 0 || e2.signum() <= 0) {
            return null;
        }
        return e1.multiply(e2)
                .sqrt(MathContext.DECIMAL64)
                .multiply(BigDecimal.valueOf(2))
                .stripTrailingZeros();
    }

    private static BigDecimal decimal(String text) {
        return Optional.ofNullable(text)
                .map(String::strip)
                .filter(t -> t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eEdD][+-]?\\d+)?"))
                .map(t -> new BigDecimal(t.replace('d', 'e').replace('D', 'e')))
                .orElse(null);
    }

    private static Long whole(String text) {
        return Optional.ofNullable(text)
                .map(String::strip)
                .filter(t -> t.matches("[+-]?\\d{1,18}"))
                .map(Long::parseLong)
                .orElse(null);
    }
}

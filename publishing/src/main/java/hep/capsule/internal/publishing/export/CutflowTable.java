package hep.capsule.internal.publishing.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hep.capsule.internal.schema.Cutflow;
import hep.capsule.internal.schema.CutflowStage;
import hep.capsule.internal.schema.Descriptor;
import hep.capsule.internal.schema.facts.FileFacts;
import hep.capsule.internal.schema.facts.SlhaFacts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A cutflow as a HEPData data table: the stage names are the independent variable; the numbers of events (with their
 * statistical uncertainty sqrt(N)) and the weighted yields are the dependent variables, each qualified by the
 * centre-of-mass energy (when the generator cards agree on one) and the signal point (the signal-model file and the
 * masses its SLHA card sets, or its status when it is a template). The capsule records no sum of squared weights, so a
 * weighted yield carries no uncertainty; a column no stage has a number for is left out, and a stage without one shows
 * "-".
 *
 * @param entry the table's document of submission.yaml (name, description, keywords, data_file)
 * @param data the data file's content
 */
public record CutflowTable(String dataFile, ObjectNode entry, ObjectNode data) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Digits of sqrt(N): enough for any yield, and the same on every machine. */
    private static final MathContext SQRT_DIGITS = new MathContext(6);

    /** Every cutflow of the capsule as a table, in descriptor order, checked against HEPData's data schema. */
    public static List<CutflowTable> of(Descriptor d) throws ExportException {
        List<CutflowTable> tables = new java.util.ArrayList<>();
        for (int c = 0; c < d.cutflows().size(); c++) {
            tables.add(of(d, d.cutflows().get(c), "cutflow_" + (c + 1) + ".yaml"));
        }
        return tables;
    }

    private static CutflowTable of(Descriptor d, Cutflow cutflow, String dataFile) throws ExportException {
        List<BigDecimal> sqrtS = d.signalModelFacts().stream()
                .filter(f -> f.generator() != null)
                .map(f -> f.generator().sqrtS())
                .filter(Objects::nonNull)
                .map(v -> plain(v.stripTrailingZeros()))
                .distinct()
                .toList();
        ArrayNode qualifiers = MAPPER.createArrayNode();
        if (sqrtS.size() == 1) {
            qualifiers.addObject().put("name", "SQRT(S)").put("units", "GeV").put("value", sqrtS.get(0));
        }
        qualifiers.addObject().put("name", "signal model").put("value", cutflow.signalModel());
        for (FileFacts card : d.signalModelFacts()) {
            if (card.file().equals(cutflow.signalModel()) && card.slha() != null) {
                signalPoint(card.slha(), qualifiers);
            }
        }

        ObjectNode data = MAPPER.createObjectNode();
        ObjectNode stages = data.putArray("independent_variables").addObject();
        stages.putObject("header").put("name", "stage");
        cutflow.stages().forEach(stage -> stages.withArray("values").addObject().put("value", stage.name()));
        ArrayNode dependent = data.putArray("dependent_variables");
        column(
                dependent,
                cutflow,
                "events",
                qualifiers,
                stage -> stage.events().isPresent()
                        ? BigDecimal.valueOf(stage.events().getAsLong())
                        : null,
                true);
        column(
                dependent,
                cutflow,
                "weighted yield",
                qualifiers,
                stage -> stage.weighted().orElse(null),
                false);
        List<String> problems = ExportSchemas.problems(ExportSchemas.hepdata("data_schema.json"), data);
        if (!problems.isEmpty()) {
            throw new ExportException(dataFile + " (cutflow " + cutflow.name()
                    + ") would break HEPData's data_schema.json: " + String.join("; ", problems));
        }

        ObjectNode entry = MAPPER.createObjectNode();
        entry.put("name", "Cutflow " + cutflow.name());
        entry.put(
                "description",
                cutflow.description()
                                .orElse("The cutflow " + cutflow.name() + " of the signal model "
                                        + cutflow.signalModel() + ", stage by stage")
                        + " (source: " + cutflow.source().descriptorName() + ")");
        ArrayNode keywords = entry.putArray("keywords");
        keywords.addObject().put("name", "phrases").putArray("values").add("Cutflow");
        if (sqrtS.size() == 1) {
            keywords.addObject().put("name", "cmenergies").putArray("values").add(sqrtS.get(0));
        }
        entry.put("data_file", dataFile);
        return new CutflowTable(dataFile, entry, data);
    }

    /** The masses of the card's new particles; for a template card, which sets no signal point, its status instead. */
    private static void signalPoint(SlhaFacts card, ArrayNode qualifiers) {
        if (card.template()) {
            qualifiers.addObject().put("name", "SLHA card").put("value", card.status());
            return;
        }
        card.newParticles().stream()
                .filter(p -> p.massGev() != null)
                .forEach(p -> qualifiers
                        .addObject()
                        .put("name", "M(" + name(p) + ")")
                        .put("units", "GeV")
                        .put("value", plain(p.massGev())));
    }

    /** A dependent variable, left out when no stage has a number for it. */
    private static void column(
            ArrayNode dependent,
            Cutflow cutflow,
            String name,
            ArrayNode qualifiers,
            Function<CutflowStage, BigDecimal> number,
            boolean countingError) {
        if (cutflow.stages().stream().map(number).allMatch(Objects::isNull)) {
            return;
        }
        ObjectNode column = dependent.addObject();
        column.putObject("header").put("name", name);
        column.set("qualifiers", qualifiers.deepCopy());
        ArrayNode values = column.putArray("values");
        for (CutflowStage stage : cutflow.stages()) {
            BigDecimal value = number.apply(stage);
            ObjectNode cell = values.addObject();
            if (value == null) {
                cell.put("value", "-");
            } else {
                cell.put("value", plain(value));
                if (countingError) {
                    cell.putArray("errors")
                            .addObject()
                            .put("symerror", plain(value.sqrt(SQRT_DIGITS)))
                            .put("label", "stat (sqrt N)");
                }
            }
        }
    }

    /** The number written without an exponent (YAML 1.1 readers take 1E+4 for text). */
    private static BigDecimal plain(BigDecimal number) {
        return new BigDecimal(number.toPlainString());
    }

    private static String name(SlhaFacts.Particle particle) {
        return particle.name().isEmpty() ? String.valueOf(particle.pdg()) : particle.name();
    }
}

package hep.capsule.internal.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the stages of a {@code paper} cutflow from a HEPData YAML data file, as HEPData serves it
 * (hepdata.net/submission, "YAML data file"): {@code independent_variables[0].values[i].value} is the name of stage i,
 * and a {@code dependent_variables} entry, chosen by its {@code header.name}, gives the yields
 * ({@code values[i].value}). Every value read is checked: a missing column, a value that is not a number, or a column
 * with another count of values than there are stages is an error naming the file, the line and the field.
 */
public final class HepDataTable {
    private final LocatedTree tree;
    private final List<DescriptorProblem> problems = new ArrayList<>();

    private HepDataTable(LocatedTree tree) {
        this.tree = tree;
    }

    /**
     * @param eventsColumn the header name of the column of event counts, if the table has one
     * @param weightedColumn the header name of the column of weighted yields; without either name, the first dependent
     *     variable is the weighted yield
     */
    public static List<CutflowStage> read(
            Path file, Optional<String> eventsColumn, Optional<String> weightedColumn, DescriptorLimits limits)
            throws DescriptorException, IOException {
        String name = file.getFileName().toString();
        DescriptorText.checkSize(Files.size(file), name, limits);
        return read(
                DescriptorText.decode(Files.readAllBytes(file), name, limits),
                name,
                eventsColumn,
                weightedColumn,
                limits);
    }

    public static List<CutflowStage> read(
            String yaml,
            String file,
            Optional<String> eventsColumn,
            Optional<String> weightedColumn,
            DescriptorLimits limits)
            throws DescriptorException {
        HepDataTable table = new HepDataTable(YamlTreeReader.read(yaml, file, limits));
        List<CutflowStage> stages = table.stages(eventsColumn, weightedColumn);
        if (!table.problems.isEmpty()) {
            throw new DescriptorException(table.problems);
        }
        return stages;
    }

    private List<CutflowStage> stages(Optional<String> eventsColumn, Optional<String> weightedColumn) {
        FieldPath names = FieldPath.ROOT.key("independent_variables").index(0).key("values");
        JsonNode nameValues = tree.at(names);
        if (!nameValues.isArray() || nameValues.isEmpty()) {
            problems.add(tree.problem(
                    names,
                    "expected the stage names as independent_variables[0].values, a list of"
                            + " {value: NAME}, but found " + FoundValue.describe(nameValues)));
            return List.of();
        }
        List<String> stageNames = new ArrayList<>();
        for (int i = 0; i < nameValues.size(); i++) {
            JsonNode value = tree.at(names.index(i).key("value"));
            if (!value.isValueNode() || value.isNull() || value.asText().isBlank()) {
                problems.add(tree.problem(
                        names.index(i).key("value"),
                        "expected the name of stage " + (i + 1) + " but found " + FoundValue.describe(value)));
            }
            stageNames.add(value.asText());
        }
        Optional<FieldPath> events = eventsColumn.map(column -> column(column, "events_column"));
        Optional<FieldPath> weighted = weightedColumn
                .or(() -> eventsColumn.isPresent() ? Optional.empty() : Optional.of(""))
                .map(column -> column(column, "weighted_column"));
        List<CutflowStage> stages = new ArrayList<>();
        for (int i = 0; i < stageNames.size(); i++) {
            int stage = i;
            OptionalLong count = events.flatMap(c -> number(c, stage, stageNames.size()))
                    .map(n -> wholeCount(n, events.get(), stage))
                    .orElse(OptionalLong.empty());
            Optional<BigDecimal> sum = weighted.flatMap(c -> number(c, stage, stageNames.size()));
            stages.add(new CutflowStage(stageNames.get(i), Optional.empty(), count, sum));
        }
        return stages;
    }

    /** The dependent variable with that header name ("" for the first one); a missing one is a problem. */
    private FieldPath column(String header, String option) {
        FieldPath columns = FieldPath.ROOT.key("dependent_variables");
        JsonNode list = tree.at(columns);
        List<String> found = new ArrayList<>();
        for (int c = 0; c < list.size(); c++) {
            String name = list.get(c).path("header").path("name").asText();
            found.add("\"" + name + "\"");
            if (header.isEmpty() || name.equals(header)) {
                return columns.index(c);
            }
        }
        problems.add(tree.problem(
                columns,
                header.isEmpty()
                        ? "expected a column of yields in dependent_variables, but found " + FoundValue.describe(list)
                        : "expected a column whose header.name is \"" + header + "\" (" + option
                                + ") in dependent_variables, but found "
                                + (found.isEmpty() ? "none" : String.join(", ", found))));
        return null;
    }

    private Optional<BigDecimal> number(FieldPath column, int stage, int stages) {
        if (column == null) {
            return Optional.empty();
        }
        JsonNode values = tree.at(column.key("values"));
        if (stage == 0 && values.size() != stages) {
            problems.add(tree.problem(
                    column.key("values"),
                    "expected one value per stage, " + stages + " (the stage names of"
                            + " independent_variables), but found "
                            + (values.isArray() ? values.size() : FoundValue.describe(values))));
        }
        if (stage >= values.size()) {
            return Optional.empty();
        }
        FieldPath path = column.key("values").index(stage).key("value");
        JsonNode value = tree.at(path);
        if (!value.isNumber()) {
            problems.add(tree.problem(
                    path,
                    "expected the yield of stage " + (stage + 1) + " as a number but found "
                            + FoundValue.describe(value)));
            return Optional.empty();
        }
        return Optional.of(value.decimalValue());
    }

    private OptionalLong wholeCount(BigDecimal value, FieldPath column, int stage) {
        try {
            long count = value.longValueExact();
            if (count >= 0) {
                return OptionalLong.of(count);
            }
        } catch (ArithmeticException e) {
            // reported below
        }
        problems.add(tree.problem(
                column.key("values").index(stage).key("value"),
                "expected a number of events, a whole number" + " from 0, but found " + value.toPlainString()));
        return OptionalLong.empty();
    }
}

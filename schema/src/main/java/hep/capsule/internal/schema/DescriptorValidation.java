package hep.capsule.internal.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks every descriptor goes through, capsule.yaml and capsule.json alike: the format version it declares, that
 * version's JSON Schema, then the rules the schema cannot express.
 */
final class DescriptorValidation {

    private DescriptorValidation() {}

    /**
     * @param earlier problems the caller found already (e.g. packer-written fields in capsule.yaml); they are reported
     *     together with the schema's
     */
    static LoadedDescriptor validate(LocatedTree tree, List<DescriptorProblem> earlier) throws DescriptorException {
        DescriptorFormat format = DescriptorFormats.get(declaredVersion(tree));
        List<DescriptorProblem> problems = new ArrayList<>(earlier);
        problems.addAll(SchemaProblems.of(format.schema().validate(tree.root()), tree, format));
        if (problems.isEmpty()) {
            problems.addAll(SemanticChecks.of(tree));
        }
        if (!problems.isEmpty()) {
            throw new DescriptorException(problems);
        }
        return new LoadedDescriptor(
                DescriptorReader.read(tree.root()),
                (ObjectNode) tree.root(),
                MissingFinder.find(tree, format),
                new DescriptorLines(tree));
    }

    private static int declaredVersion(LocatedTree tree) throws DescriptorException {
        FieldPath path = FieldPath.ROOT.key("capsule_schema");
        JsonNode version = tree.at(path);
        String readable = "formats " + DescriptorFormats.oldest() + " to " + DescriptorFormats.newest();
        if (!version.canConvertToInt() || !version.isIntegralNumber()) {
            throw new DescriptorException(tree.problem(
                    path,
                    "expected the descriptor format version, a whole "
                            + "number such as capsule_schema: " + DescriptorFormats.newest() + ", but found "
                            + FoundValue.describe(version) + "; this Capsule reads " + readable));
        }
        if (!DescriptorFormats.isKnown(version.asInt())) {
            throw new DescriptorException(tree.problem(
                    path,
                    "written for descriptor format " + version.asInt()
                            + "; this Capsule reads " + readable
                            + (version.asInt() > DescriptorFormats.newest()
                                    ? "; use a newer Capsule to read it"
                                    : "")));
        }
        return version.asInt();
    }
}

package hep.capsule.api;

import hep.capsule.internal.archive.bag.DigestAlgorithm;
import hep.capsule.internal.schema.CutflowStage;
import hep.capsule.internal.schema.Descriptor;
import hep.capsule.internal.schema.FeatureSpec;
import hep.capsule.internal.schema.InputSpec;
import hep.capsule.internal.schema.ModelSpec;
import hep.capsule.internal.schema.OutputSpec;
import hep.capsule.internal.schema.facts.FactsText;
import hep.capsule.internal.verifier.InspectedCapsule;
import java.util.List;
import java.util.stream.IntStream;

/** The mapping from what {@code inspect} reads ({@link InspectedCapsule}) to {@link CapsuleInfo}. */
final class InfoValues {
    private InfoValues() {}

    static CapsuleInfo of(InspectedCapsule contents) {
        Descriptor d = contents.descriptor();
        return new CapsuleInfo(
                d.name(),
                d.version(),
                d.title(),
                d.draft(),
                d.analysis().arxiv(),
                d.analysis().doi(),
                contents.findings().stream()
                        .map(f -> ReportValues.finding(f.inFolder(contents.topFolder())))
                        .toList(),
                d.models().stream().map(InfoValues::model).toList(),
                d.cutflows().stream().map(InfoValues::cutflow).toList(),
                d.signalModelFacts().stream()
                        .flatMap(facts -> FactsText.lines(facts).stream())
                        .toList(),
                contents.files().stream()
                        .map(f -> new CapsuleInfo.File(
                                f.bagPath(), f.size(), f.checksums().get(DigestAlgorithm.SHA256)))
                        .toList());
    }

    private static CapsuleInfo.Model model(ModelSpec m) {
        return new CapsuleInfo.Model(
                m.id(),
                m.format().descriptorName(),
                m.file(),
                m.inputs().stream().map(InfoValues::input).toList(),
                m.outputs().stream().map(InfoValues::output).toList());
    }

    private static CapsuleInfo.Tensor input(InputSpec i) {
        return new CapsuleInfo.Tensor(
                i.name(),
                i.type().descriptorName(),
                shape(i.shape()),
                i.features().stream().map(FeatureSpec::name).toList());
    }

    private static CapsuleInfo.Tensor output(OutputSpec o) {
        return new CapsuleInfo.Tensor(o.name(), o.type().descriptorName(), shape(o.shape()), List.of());
    }

    /** The shape with -1 for each dynamic axis, which the descriptor leaves {@code null}. */
    private static List<Long> shape(List<Long> dimensions) {
        return dimensions.stream().map(d -> d == null ? -1L : d).toList();
    }

    private static CapsuleInfo.Cutflow cutflow(hep.capsule.internal.schema.Cutflow c) {
        return new CapsuleInfo.Cutflow(
                c.name(),
                c.source().descriptorName(),
                c.signalModel(),
                IntStream.range(0, c.stages().size())
                        .mapToObj(s -> stage(c.stages().get(s), c.isRederived(s)))
                        .toList());
    }

    private static CapsuleInfo.Stage stage(CutflowStage s, boolean rederived) {
        return new CapsuleInfo.Stage(s.name(), s.cut().map(Object::toString), s.events(), rederived);
    }
}

package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.publishing.lint.LintRule;
import java.util.List;

/** Every rule of {@code capsule lint}, in the order they run and are listed. */
public final class LintRules {
    private LintRules() {}

    public static List<LintRule> all() {
        return List.of(
                new DescriptorComplete(),
                new InferenceFormat(),
                new OnnxLoadable(),
                new PortableWitnessSupport(),
                new Producer(),
                new FeatureSpecified(),
                new AngleUnit(),
                new ValidRange(),
                new ObjectOrdering(),
                new OutputMeaning(),
                new FoldRule(),
                new ReferencePresent(),
                new EventCount(),
                new WorkingPointSides(),
                new WorkingPointCutflow(),
                new SignalModelPresent(),
                new CutflowSignalModel(),
                new SlhaCard(),
                new RunCardsPresent(),
                new RunCardComplete(),
                new Licence(),
                new ContactGiven(),
                new ContactPlaceholder(),
                new PaperIdentifiers());
    }
}

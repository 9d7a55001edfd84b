package hep.capsule.internal.schema;

import java.util.List;
import java.util.stream.Collectors;

/** A descriptor that cannot be used, with every problem found in it. */
public class DescriptorException extends Exception {

    private final List<DescriptorProblem> problems;

    public DescriptorException(List<DescriptorProblem> problems) {
        super(problems.stream().map(DescriptorProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a DescriptorException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public DescriptorException(DescriptorProblem problem) {
        this(List.of(problem));
    }

    public List<DescriptorProblem> problems() {
        return problems;
    }
}

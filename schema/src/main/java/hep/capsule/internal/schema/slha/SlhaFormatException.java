package hep.capsule.internal.schema.slha;

import java.util.List;
import java.util.stream.Collectors;

/** An SLHA file that cannot be read, with every problem found in it (up to a limit). */
public class SlhaFormatException extends Exception {

    private final List<SlhaProblem> problems;

    /**
     * @param problems the problems, at least one
     * @param more how many further problems were found but not kept
     */
    public SlhaFormatException(List<SlhaProblem> problems, int more) {
        super(problems.stream().map(SlhaProblem::toString).collect(Collectors.joining("\n"))
                + (more > 0 ? "\n... and " + more + " more problems" : ""));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an SlhaFormatException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public SlhaFormatException(SlhaProblem problem) {
        this(List.of(problem), 0);
    }

    public List<SlhaProblem> problems() {
        return problems;
    }
}

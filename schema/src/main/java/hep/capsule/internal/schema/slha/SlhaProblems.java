package hep.capsule.internal.schema.slha;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file while it is read; keeps the first {@value #KEPT}. */
final class SlhaProblems {
    static final int KEPT = 100;

    private final String file;
    private final List<SlhaProblem> kept = new ArrayList<>();
    private int more;

    SlhaProblems(String file) {
        this.file = file;
    }

    void add(int line, String message) {
        if (kept.size() < KEPT) {
            kept.add(new SlhaProblem(file, line, message));
        } else {
            more++;
        }
    }

    /** Records a problem after which reading cannot go on, and stops. */
    SlhaFormatException fatal(int line, String message) {
        add(line, message);
        return new SlhaFormatException(kept, more);
    }

    void throwIfAny() throws SlhaFormatException {
        if (!kept.isEmpty()) {
            throw new SlhaFormatException(kept, more);
        }
    }
}

package hep.capsule.internal.schema.slha;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an SLHA file (hep-ph/0311123): {@code BLOCK NAME [Q= scale]} with entries of integer indices and a value,
 * {@code DECAY PDG WIDTH} with rows {@code BR NDA ID1 ... IDNDA}, and {@code #} comments. Values are kept as written,
 * so that a template's placeholders can be named; see {@link SlhaLint}. Reading is bounded by {@link SlhaLimits}, and a
 * malformed file ends in an {@link SlhaFormatException} naming every problem with its line, never in another exception.
 */
public final class SlhaReader {
    private final SlhaLimits limits;

    public SlhaReader() {
        this(SlhaLimits.DEFAULT);
    }

    public SlhaReader(SlhaLimits limits) {
        this.limits = limits;
    }

    /** Reads a file; problems name it by its file name. */
    public SlhaDocument read(Path file) throws IOException, SlhaFormatException {
        String name = file.getFileName().toString();
        requireSize(Files.size(file), name);
        return read(Files.readAllBytes(file), name);
    }

    /** Reads a file's content; {@code file} is the name problems are reported under. */
    public SlhaDocument read(byte[] content, String file) throws SlhaFormatException {
        requireSize(content.length, file);
        SlhaProblems problems = new SlhaProblems(file);
        SlhaDocumentBuilder builder = new SlhaDocumentBuilder(problems, limits.maxRows());
        for (SlhaLine line : SlhaLines.split(content, limits.maxLineBytes(), problems)) {
            builder.accept(line);
        }
        SlhaDocument document = builder.finish(file);
        problems.throwIfAny();
        return document;
    }

    private void requireSize(long bytes, String file) throws SlhaFormatException {
        if (bytes > limits.maxBytes()) {
            throw new SlhaFormatException(new SlhaProblem(
                    file,
                    0,
                    "is " + bytes + " bytes, more than the limit of " + limits.maxBytes() + " for an SLHA file"));
        }
    }
}

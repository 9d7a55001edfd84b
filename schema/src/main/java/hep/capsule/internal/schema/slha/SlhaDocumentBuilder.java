package hep.capsule.internal.schema.slha;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a document line by line: a {@code BLOCK}, {@code DECAY} or {@code XSECTION} header opens a section, and data
 * lines belong to the section opened last. A section whose header is broken is reported once; its data lines are
 * skipped.
 */
final class SlhaDocumentBuilder {
    private static final Pattern SCALE = Pattern.compile("(?i)Q\\s*=\\s*(\\S+)\\s*(.*)");

    private final SlhaProblems problems;
    private final int maxRows;
    private final List<SlhaBlock> blocks = new ArrayList<>();
    private final List<SlhaDecay> decays = new ArrayList<>();
    private final List<SlhaEntry> entries = new ArrayList<>();
    private final List<SlhaDecayChannel> channels = new ArrayList<>();
    private final List<SlhaCrossSection> crossSections = new ArrayList<>();
    private final List<SlhaCrossSection.Row> crossSectionRows = new ArrayList<>();
    private SlhaBlock openBlock;
    private SlhaDecay openDecay;
    private SlhaCrossSection openCrossSection;
    private boolean skippingBrokenSection;
    private int rows;

    SlhaDocumentBuilder(SlhaProblems problems, int maxRows) {
        this.problems = problems;
        this.maxRows = maxRows;
    }

    void accept(SlhaLine line) throws SlhaFormatException {
        if (line.isEmpty()) {
            return;
        }
        String first = line.first();
        if (first.equalsIgnoreCase("BLOCK")) {
            close();
            openBlock(line);
        } else if (first.equalsIgnoreCase("DECAY")) {
            close();
            openDecay(line);
        } else if (first.equalsIgnoreCase("XSECTION")) {
            close();
            openCrossSection(line);
        } else if (!line.indented() && !startsLikeANumber(first)) {
            close();
            skippingBrokenSection = true;
            problems.add(
                    line.number(),
                    "\"" + first
                            + "\" is neither BLOCK, DECAY nor XSECTION; data lines start with a blank or a number");
        } else if (++rows > maxRows) {
            throw problems.fatal(line.number(), "more than " + maxRows + " data lines (limit)");
        } else if (openBlock != null) {
            entry(line).ifPresent(entries::add);
        } else if (openDecay != null) {
            channel(line).ifPresent(channels::add);
        } else if (openCrossSection != null) {
            crossSectionRow(line).ifPresent(crossSectionRows::add);
        } else if (!skippingBrokenSection) {
            problems.add(line.number(), "a data line before any BLOCK or DECAY");
        }
    }

    SlhaDocument finish(String file) {
        close();
        return new SlhaDocument(file, blocks, decays, crossSections);
    }

    private void close() {
        if (openBlock != null) {
            blocks.add(new SlhaBlock(
                    openBlock.name(),
                    openBlock.scale(),
                    openBlock.argument(),
                    openBlock.line(),
                    openBlock.comment(),
                    entries));
        }
        if (openDecay != null) {
            decays.add(
                    new SlhaDecay(openDecay.line(), openDecay.pdg(), openDecay.width(), openDecay.comment(), channels));
        }
        if (openCrossSection != null) {
            SlhaCrossSection x = openCrossSection;
            crossSections.add(new SlhaCrossSection(
                    x.line(), x.sqrtS(), x.beams(), x.finalState(), x.comment(), crossSectionRows));
        }
        openBlock = null;
        openDecay = null;
        openCrossSection = null;
        crossSectionRows.clear();
        skippingBrokenSection = false;
        entries.clear();
        channels.clear();
    }

    private void openBlock(SlhaLine line) {
        if (line.words().size() < 2) {
            skippingBrokenSection = true;
            problems.add(line.number(), "BLOCK has no name: write BLOCK NAME, optionally followed by Q= scale");
            return;
        }
        String rest = line.wordsFrom(2);
        Matcher scale = SCALE.matcher(rest);
        openBlock = scale.matches()
                ? new SlhaBlock(
                        line.words().get(1),
                        Optional.of(new SlhaValue(scale.group(1))),
                        scale.group(2),
                        line.number(),
                        line.comment(),
                        List.of())
                : new SlhaBlock(line.words().get(1), Optional.empty(), rest, line.number(), line.comment(), List.of());
    }

    private void openDecay(SlhaLine line) {
        List<String> words = line.words();
        OptionalInt pdg = words.size() > 1 ? SlhaIntegers.parse(words.get(1)) : OptionalInt.empty();
        String problem = words.size() != 3
                ? "write DECAY PDG WIDTH, found \"" + line.wordsFrom(0) + "\""
                : pdg.isEmpty() ? "the PDG code \"" + words.get(1) + "\" of DECAY is not a 32-bit integer" : null;
        if (problem != null) {
            skippingBrokenSection = true;
            problems.add(line.number(), problem);
            return;
        }
        openDecay =
                new SlhaDecay(line.number(), pdg.getAsInt(), new SlhaValue(words.get(2)), line.comment(), List.of());
    }

    /** {@code XSECTION SQRTS A B NFINAL PDG1 ... PDGNFINAL}. */
    private void openCrossSection(SlhaLine line) {
        List<String> words = line.words();
        OptionalInt finalStates = words.size() > 4 ? SlhaIntegers.parse(words.get(4)) : OptionalInt.empty();
        if (words.size() < 6
                || !new SlhaValue(words.get(1)).isNumber()
                || finalStates.isEmpty()
                || finalStates.getAsInt() < 1
                || finalStates.getAsInt() != words.size() - 5) {
            skippingBrokenSection = true;
            problems.add(
                    line.number(),
                    "write XSECTION SQRTS A B NFINAL PDG1 ... PDGNFINAL, with NFINAL the number of final-state"
                            + " PDG codes that follow; found \"" + line.wordsFrom(0) + "\"");
            return;
        }
        Optional<List<Integer>> beams = integers(line, words.subList(2, 4), "beam PDG code");
        Optional<List<Integer>> particles = integers(line, words.subList(5, words.size()), "final-state PDG code");
        if (beams.isEmpty() || particles.isEmpty()) {
            skippingBrokenSection = true;
            return;
        }
        openCrossSection = new SlhaCrossSection(
                line.number(), new SlhaValue(words.get(1)), beams.get(), particles.get(), line.comment(), List.of());
    }

    /**
     * {@code I_SCALE I_PDF I_ALPHAS I_QED I_EWK ... XSEC CODE VERSION}: leading integers, the cross-section, the code.
     */
    private Optional<SlhaCrossSection.Row> crossSectionRow(SlhaLine line) {
        List<String> words = line.words();
        int flags = 0;
        while (flags < words.size() && SlhaIntegers.looksLikeInteger(words.get(flags))) {
            flags++;
        }
        if (flags == words.size() && flags > 0) {
            flags--;
        }
        if (flags == 0 || !new SlhaValue(words.get(flags)).isNumber()) {
            problems.add(
                    line.number(),
                    "an XSECTION row is I_SCALE I_PDF I_ALPHAS I_QED I_EWK ... XSEC CODE VERSION, with integer flags"
                            + " and the cross-section in pb; found \"" + line.wordsFrom(0) + "\"");
            return Optional.empty();
        }
        int xsec = flags;
        return integers(line, words.subList(0, flags), "flag")
                .map(f -> new SlhaCrossSection.Row(
                        line.number(), f, new SlhaValue(words.get(xsec)), line.wordsFrom(xsec + 1)));
    }

    /** Leading integers are indices, the rest is the value; when every word is an integer, the last is the value. */
    private Optional<SlhaEntry> entry(SlhaLine line) {
        List<String> words = line.words();
        int indices = 0;
        while (indices < words.size() - 1 && SlhaIntegers.looksLikeInteger(words.get(indices))) {
            indices++;
        }
        SlhaValue value = new SlhaValue(line.wordsFrom(indices));
        return integers(line, words.subList(0, indices), "index")
                .map(i -> new SlhaEntry(line.number(), i, value, line.comment()));
    }

    private Optional<SlhaDecayChannel> channel(SlhaLine line) {
        List<String> words = line.words();
        OptionalInt daughters = words.size() > 1 ? SlhaIntegers.parse(words.get(1)) : OptionalInt.empty();
        if (daughters.isEmpty() || daughters.getAsInt() < 1 || daughters.getAsInt() != words.size() - 2) {
            problems.add(
                    line.number(),
                    "a decay row is BR NDA ID1 ... IDNDA, with NDA the number of daughter PDG codes that follow;"
                            + " found \"" + line.wordsFrom(0) + "\"");
            return Optional.empty();
        }
        return integers(line, words.subList(2, words.size()), "daughter PDG code")
                .map(d -> new SlhaDecayChannel(line.number(), new SlhaValue(words.get(0)), d, line.comment()));
    }

    private Optional<List<Integer>> integers(SlhaLine line, List<String> words, String what) {
        List<Integer> values = new ArrayList<>();
        for (String word : words) {
            OptionalInt value = SlhaIntegers.parse(word);
            if (value.isEmpty()) {
                problems.add(line.number(), "the " + what + " \"" + word + "\" is not a 32-bit integer");
                return Optional.empty();
            }
            values.add(value.getAsInt());
        }
        return Optional.of(values);
    }

    private static boolean startsLikeANumber(String word) {
        char c = word.charAt(0);
        return Character.isDigit(c) || c == '+' || c == '-' || c == '.';
    }
}

package hep.capsule.internal.schema.facts;

import hep.capsule.internal.schema.AttachedFile;
import hep.capsule.internal.schema.Descriptor;
import hep.capsule.internal.schema.FileRole;
import hep.capsule.internal.schema.slha.SlhaDetection;
import hep.capsule.internal.schema.slha.SlhaFormatException;
import hep.capsule.internal.schema.slha.SlhaReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the facts of a descriptor's signal-model files (SLHA cards) and generator cards (run_card: MadGraph run
 * card, process_card: MadGraph process card, shower_card: a Pythia 8 command file). A file Capsule cannot read as its
 * kind gives no facts; {@code lint} and pack's warnings say why.
 */
public final class SignalModelFacts {
    /** A card larger than this gives no facts (it is still archived). */
    static final long MAX_CARD_BYTES = 16L << 20;

    private SignalModelFacts() {}

    /**
     * @param folder the folder the descriptor's file paths are relative to
     * @param bagPaths the place in the archive of each attached file, in the descriptor's order
     */
    public static List<FileFacts> collect(Descriptor descriptor, Path folder, List<String> bagPaths)
            throws IOException {
        List<FileFacts> facts = new ArrayList<>();
        for (int f = 0; f < descriptor.files().size(); f++) {
            AttachedFile attached = descriptor.files().get(f);
            read(folder.resolve(attached.file()).normalize(), attached.role(), bagPaths.get(f))
                    .ifPresent(facts::add);
        }
        return facts;
    }

    /** The facts shown beside a cutflow: its signal-model file's, then every generator card's. */
    public static List<FileFacts> beside(String signalModel, List<FileFacts> facts) {
        List<FileFacts> shown = new ArrayList<>(
                facts.stream().filter(f -> f.file().equals(signalModel)).toList());
        facts.stream().filter(f -> f.generator() != null).forEach(shown::add);
        return shown;
    }

    private static Optional<FileFacts> read(Path file, FileRole role, String bagPath) throws IOException {
        if (Files.size(file) > MAX_CARD_BYTES) {
            return Optional.empty();
        }
        switch (role) {
            case SIGNAL_MODEL:
                if (!SlhaDetection.isSlha(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(new FileFacts(
                            bagPath, FileFacts.SLHA, SlhaFactsReader.of(new SlhaReader().read(file)), null));
                } catch (SlhaFormatException malformed) {
                    return Optional.empty();
                }
            case RUN_CARD:
                return Optional.of(new FileFacts(
                        bagPath, FileFacts.MADGRAPH_RUN_CARD, null, GeneratorCardReader.madGraphRunCard(text(file))));
            case PROCESS_CARD:
                return Optional.of(new FileFacts(
                        bagPath,
                        FileFacts.MADGRAPH_PROCESS_CARD,
                        null,
                        GeneratorCardReader.madGraphProcessCard(text(file))));
            case SHOWER_CARD:
                String text = text(file);
                return GeneratorCardReader.isPythiaCommands(text)
                        ? Optional.of(new FileFacts(
                                bagPath, FileFacts.PYTHIA8_COMMANDS, null, GeneratorCardReader.pythiaCommands(text)))
                        : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}

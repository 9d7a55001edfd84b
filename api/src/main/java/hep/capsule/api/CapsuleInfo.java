package hep.capsule.api;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a capsule holds, read without executing anything ({@code capsule inspect}).
 *
 * @param name the capsule's name
 * @param version its version
 * @param title its title
 * @param draft whether it says it is an unfinished draft
 * @param arxiv the analysis's arXiv identifier
 * @param doi the analysis's DOI
 * @param problems what the completeness and checksum check finds; empty when the archive is intact
 * @param models the models, with their inputs and outputs
 * @param cutflows the cutflows, with the numbers capsule.json records
 * @param signalModelFacts what packing read from the signal-model files and generator cards, one line each
 * @param files every file of the bag
 */
public record CapsuleInfo(
        String name,
        String version,
        String title,
        boolean draft,
        String arxiv,
        String doi,
        List<Finding> problems,
        List<Model> models,
        List<Cutflow> cutflows,
        List<String> signalModelFacts,
        List<File> files) {

    /**
     * One model.
     *
     * @param id its id
     * @param format {@code onnx}, {@code tmva_xml} or {@code lwtnn_json}
     * @param file the model file in the archive
     * @param inputs its inputs
     * @param outputs its outputs
     */
    public record Model(String id, String format, String file, List<Tensor> inputs, List<Tensor> outputs) {
        /** Copies the lists. */
        public Model {
            inputs = List.copyOf(inputs);
            outputs = List.copyOf(outputs);
        }
    }

    /**
     * An input or output of a model.
     *
     * @param name its name
     * @param type its element type, e.g. {@code float32}
     * @param shape its shape, outermost axis first; -1 for a dynamic axis (the events axis, for one)
     * @param features for an input, the names of its last axis's elements, in order
     */
    public record Tensor(String name, String type, List<Long> shape, List<String> features) {
        /** Copies the lists. */
        public Tensor {
            shape = List.copyOf(shape);
            features = List.copyOf(features);
        }
    }

    /**
     * A cutflow, as recorded.
     *
     * @param name its name
     * @param source {@code reference_events} (verify re-derives it) or {@code paper}
     * @param signalModel the signal-model file in the archive
     * @param stages its stages, in order
     */
    public record Cutflow(String name, String source, String signalModel, List<Stage> stages) {
        /** Copies {@code stages}. */
        public Cutflow {
            stages = List.copyOf(stages);
        }
    }

    /**
     * A stage of a cutflow.
     *
     * @param name its name
     * @param workingPoint the working point it cuts on ({@code model / output / name}), if any
     * @param events the events recorded, if given
     * @param rederived whether verify re-derives it
     */
    public record Stage(String name, Optional<String> workingPoint, OptionalLong events, boolean rederived) {}

    /**
     * A file of the bag.
     *
     * @param path its path inside the bag
     * @param bytes its size
     * @param sha256 its SHA-256 (hex)
     */
    public record File(String path, long bytes, String sha256) {}

    /** Copies the lists. */
    public CapsuleInfo {
        problems = List.copyOf(problems);
        models = List.copyOf(models);
        cutflows = List.copyOf(cutflows);
        signalModelFacts = List.copyOf(signalModelFacts);
        files = List.copyOf(files);
    }

    /** Whether every file is present, listed and matches its checksums. */
    public boolean intact() {
        return problems.isEmpty();
    }
}

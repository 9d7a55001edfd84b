package hep.capsule.internal.schema.facts;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What Capsule read from one signal-model file or generator card; exactly one of {@code slha} and {@code generator} is
 * set.
 *
 * @param file the file in the archive
 * @param kind slha, madgraph_run_card, madgraph_process_card or pythia8_commands
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileFacts(String file, String kind, SlhaFacts slha, GeneratorFacts generator) {
    public static final String SLHA = "slha";
    public static final String MADGRAPH_RUN_CARD = "madgraph_run_card";
    public static final String MADGRAPH_PROCESS_CARD = "madgraph_process_card";
    public static final String PYTHIA8_COMMANDS = "pythia8_commands";
}

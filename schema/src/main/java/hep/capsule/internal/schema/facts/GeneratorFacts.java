package hep.capsule.internal.schema.facts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * The facts of a generator card; a value the card does not give is null (or an empty list).
 *
 * @param generator MadGraph5_aMC@NLO or Pythia 8
 * @param version the generator version when the card writes it
 * @param beamEnergy1 the energy of beam 1 in GeV
 * @param beamEnergy2 the energy of beam 2 in GeV
 * @param sqrtS the centre-of-mass energy in GeV: written (Pythia's Beams:eCM) or 2 sqrt(E1 E2) of head-on beams
 * @param events the number of events requested
 * @param pdf the PDF set: MadGraph's pdlabel, or Pythia's PDF:pSet
 * @param lhaid the LHAPDF id (MadGraph's lhaid; used when pdlabel is lhapdf)
 * @param seed the random seed as written (0 in MadGraph means "assigned automatically")
 * @param models each imported model, in order
 * @param processes each generate / add process line, in order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GeneratorFacts(
        String generator,
        String version,
        BigDecimal beamEnergy1,
        BigDecimal beamEnergy2,
        BigDecimal sqrtS,
        Long events,
        String pdf,
        String lhaid,
        String seed,
        List<String> models,
        List<String> processes) {
    public GeneratorFacts {
        models = List.copyOf(models);
        processes = List.copyOf(processes);
    }
}

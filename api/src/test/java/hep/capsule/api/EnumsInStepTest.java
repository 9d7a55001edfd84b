package hep.capsule.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hep.capsule.internal.signatures.SignatureStatus;
import hep.capsule.internal.verifier.report.CheckStatus;
import hep.capsule.internal.verifier.report.OutputReport;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API's enums name exactly the internal constants {@link ReportValues} maps by name, in the same order. */
class EnumsInStepTest {
    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    @Test
    void everyInternalConstantHasItsApiTwin() {
        assertEquals(names(hep.capsule.internal.verifier.report.Verdict.values()), names(Verdict.values()));
        assertEquals(names(CheckStatus.values()), names(Check.Status.values()));
        assertEquals(names(OutputReport.Kind.values()), names(OutputComparison.Kind.values()));
        assertEquals(names(SignatureStatus.values()), names(Signature.Status.values()));
    }

    @Test
    void theSuccessfulVerdictsAndTheKindsThatDecideAreTheSame() {
        assertEquals(
                List.of(Verdict.INTACT, Verdict.REPRODUCED, Verdict.REPRODUCED_WITHIN_TOLERANCE),
                Arrays.stream(Verdict.values()).filter(Verdict::isSuccess).toList());
        assertEquals(
                List.of(
                        OutputComparison.Kind.REFERENCE_OUTPUT,
                        OutputComparison.Kind.WITNESS_OUTPUT,
                        OutputComparison.Kind.NORMALISED_INPUT),
                Arrays.stream(OutputComparison.Kind.values())
                        .filter(OutputComparison.Kind::decidesVerdict)
                        .toList());
    }
}

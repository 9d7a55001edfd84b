package hep.capsule.internal.verifier.report;

import hep.capsule.internal.schema.cutflow.StageYield;
import java.util.List;

/**
 * One stage of a cutflow as verify found it. Numbers that are not known are null: a paper stage has no re-derived
 * number, and a stage may give only events or only a weighted yield.
 *
 * @param cut the working point it applies ({@code model / output / working point}), or null
 * @param rederived whether verify re-derives it (reference_events, from the first stage with a cut on)
 * @param recordedEvents the number capsule.json records
 * @param rederivedEvents what the main runtime's re-executed outputs give
 * @param witnessEvents what the portable witness's re-executed outputs give, when it ran every cut model
 * @param storedEvents what the stored reference outputs give
 * @param changed events whose passing changed, the first ones
 * @param changedCount how many events changed in all
 * @param reproduced whether every re-derived number equals the recorded one and no event changed
 */
public record StageReport(
        String name,
        String cut,
        boolean rederived,
        Long recordedEvents,
        Double recordedWeighted,
        Long rederivedEvents,
        Double rederivedWeighted,
        Long witnessEvents,
        Double witnessWeighted,
        Long storedEvents,
        Double storedWeighted,
        List<ChangedEvent> changed,
        long changedCount,
        boolean reproduced) {

    public StageReport {
        changed = changed == null ? List.of() : List.copyOf(changed);
    }

    /**
     * The report line, e.g. {@code cutflow SR-NN-4j, stage "NN > 0.73": recorded 310 events (3.90), re-derived 309
     * (3.87); changed: event 1532 (weight 0.031)}.
     */
    public String line(String cutflow) {
        StringBuilder text = new StringBuilder("cutflow " + cutflow + ", stage \"" + name + "\": ");
        if (!rederived) {
            return text.append(
                            recordedEvents == null && recordedWeighted == null
                                    ? "no number given"
                                    : "recorded " + numbers(recordedEvents, recordedWeighted))
                    .append(" (not re-derived)")
                    .toString();
        }
        text.append("recorded ")
                .append(numbers(recordedEvents, recordedWeighted))
                .append(", re-derived ")
                .append(numbers(rederivedEvents, rederivedWeighted).replace(" events", ""));
        if (witnessEvents != null) {
            text.append(", by the portable witness ")
                    .append(numbers(witnessEvents, witnessWeighted).replace(" events", ""));
        }
        if (storedEvents != null
                && (!storedEvents.equals(recordedEvents) || !storedWeighted.equals(recordedWeighted))) {
            text.append(", from the stored outputs ")
                    .append(numbers(storedEvents, storedWeighted).replace(" events", ""));
        }
        if (changedCount > 0) {
            text.append("; changed: ")
                    .append(String.join(
                            ", ", changed.stream().map(ChangedEvent::text).toList()));
            if (changedCount > changed.size()) {
                text.append(" and ").append(changedCount - changed.size()).append(" more");
            }
        }
        return text.append(reproduced ? "" : " [DIFFERS]").toString();
    }

    private static String numbers(Long events, Double weighted) {
        return (events == null ? "?" : events.toString()) + " events"
                + (weighted == null ? "" : " (" + StageYield.readable(weighted) + ")");
    }
}

package hep.capsule.internal.schema;

/** The working point a cutflow stage applies: {@code workingPoint} of output {@code output} of model {@code model}. */
public record StageCut(String model, String output, String workingPoint) {

    @Override
    public String toString() {
        return model + " / " + output + " / " + workingPoint;
    }
}

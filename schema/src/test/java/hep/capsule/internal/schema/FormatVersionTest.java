package hep.capsule.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormatVersionTest {

    @Test
    void newerFormatIsRefusedClearly() {
        DescriptorException e = Fixture.failure(Fixture.replaced("capsule_schema: 1", "capsule_schema: 7"));

        assertEquals(
                "capsule.yaml:1: capsule_schema: written for descriptor format 7; this Capsule reads "
                        + "formats 1 to 1; use a newer Capsule to read it",
                e.getMessage());
    }

    @Test
    void absentFormatVersionIsRefused() {
        DescriptorException e = Fixture.failure(Fixture.replaced("capsule_schema: 1\n", ""));

        assertEquals(
                "capsule.yaml:1: capsule_schema: expected the descriptor format version, a whole number such "
                        + "as capsule_schema: 1, but found nothing; this Capsule reads formats 1 to 1",
                e.getMessage());
    }

    @Test
    void textFormatVersionIsRefused() {
        DescriptorException e = Fixture.failure(Fixture.replaced("capsule_schema: 1", "capsule_schema: one"));

        assertEquals(1, e.problems().get(0).line());
        assertEquals("capsule_schema", e.problems().get(0).field());
    }

    @Test
    void schemaRefersOnlyToItself() {
        DescriptorFormat format = DescriptorFormats.get(1);
        java.util.List<String> refs = format.schemaDocument().findValuesAsText("$ref");

        assertEquals(
                java.util.List.of(),
                refs.stream().filter(ref -> !ref.startsWith("#/$defs/")).toList());
        assertEquals(true, refs.size() > 20);
    }
}

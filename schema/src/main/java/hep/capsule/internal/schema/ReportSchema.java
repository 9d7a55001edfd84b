package hep.capsule.internal.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.List;

/** The JSON Schema of {@code capsule verify --json} reports, so that anyone can validate a report. */
public final class ReportSchema {
    public static final String RESOURCE = "hep/capsule/internal/schema/verify-report-1.schema.json";
    private static final ClasspathSchemas.Compiled SCHEMA = ClasspathSchemas.compile(RESOURCE);

    private ReportSchema() {}

    /** @return what is wrong with the report, one line each; empty when it is valid */
    public static List<String> problems(byte[] reportJson) throws IOException {
        return SCHEMA.schema().validate(new ObjectMapper().readTree(reportJson)).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }
}

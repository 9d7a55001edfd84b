package hep.capsule.internal.verifier.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON form of a verification report, described by {@code verify-report-1.schema.json}: snake_case names, and NaN
 * or infinite values written as the strings "NaN", "Infinity".
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ReportJson() {}

    /** Reads a report written by {@link #write}, e.g. by another process. */
    public static VerificationReport read(byte[] json) throws IOException {
        return MAPPER.readValue(json, VerificationReport.class);
    }

    public static byte[] write(VerificationReport report) {
        try {
            return (MAPPER.writeValueAsString(report) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report is plain records and always serialisable", e);
        }
    }
}

package hep.capsule.internal.schema;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns descriptor bytes into text: refuses oversize files and anything that is not UTF-8. */
final class DescriptorText {

    private DescriptorText() {}

    static void checkSize(long bytes, String file, DescriptorLimits limits) throws DescriptorException {
        checkLength(bytes, "bytes", file, limits);
    }

    static void checkLength(String text, String file, DescriptorLimits limits) throws DescriptorException {
        checkLength(text.length(), "characters", file, limits);
    }

    private static void checkLength(long length, String unit, String file, DescriptorLimits limits)
            throws DescriptorException {
        if (length > limits.maxBytes()) {
            throw new DescriptorException(new DescriptorProblem(
                    file,
                    0,
                    "",
                    "is " + length + " " + unit + ", more than the " + limits.maxBytes()
                            + " a descriptor may have (raise the limit with --max-descriptor-size)"));
        }
    }

    static String decode(byte[] bytes, String file, DescriptorLimits limits) throws DescriptorException {
        checkSize(bytes.length, file, limits);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DescriptorException(
                    new DescriptorProblem(file, 0, "", "is not UTF-8 text; save it with UTF-8 encoding"));
        }
    }
}

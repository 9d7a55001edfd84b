package hep.capsule.internal.schema.slha;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Splits a file's bytes into lines, refusing lines that are too long or not UTF-8. */
final class SlhaLines {
    private SlhaLines() {}

    static List<SlhaLine> split(byte[] content, int maxLineBytes, SlhaProblems problems) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<SlhaLine> lines = new ArrayList<>();
        int start = 0;
        for (int number = 1; start < content.length; number++) {
            int end = start;
            while (end < content.length && content[end] != '\n') {
                end++;
            }
            int length = end > start && content[end - 1] == '\r' ? end - start - 1 : end - start;
            if (length > maxLineBytes) {
                problems.add(number, "the line is " + length + " bytes long, more than the limit of " + maxLineBytes);
            } else {
                try {
                    lines.add(SlhaLine.of(
                            number,
                            utf8.decode(ByteBuffer.wrap(content, start, length)).toString()));
                } catch (CharacterCodingException e) {
                    problems.add(number, "the line is not UTF-8 text (SLHA files are plain ASCII)");
                }
            }
            start = end + 1;
        }
        return lines;
    }
}

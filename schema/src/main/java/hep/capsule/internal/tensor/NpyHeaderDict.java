package hep.capsule.internal.tensor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A strict parser for the Python dictionary literal of an NPY header, for example {@code {'descr': '<f4',
 * 'fortran_order': False, 'shape': (3, 65), }}. It accepts exactly the three keys numpy writes, in any order, each
 * once, and only the literal forms numpy (including Python 2 era numpy, which wrote {@code 3L}) produces: quoted
 * strings without escapes, {@code True}/{@code False} and tuples of non-negative decimal integers.
 *
 * @param descr the dtype string, unchecked
 * @param fortranOrder the {@code fortran_order} flag
 * @param shape the dimensions, each in {@code [0, Long.MAX_VALUE]}
 */
record NpyHeaderDict(String descr, boolean fortranOrder, long[] shape) {

    private static final Set<String> KEYS = Set.of("descr", "fortran_order", "shape");

    static NpyHeaderDict parse(String text, String fileName) throws NpyFormatException {
        return new Parser(text, fileName).dictionary();
    }

    private static final class Parser {
        private final String text;
        private final String fileName;
        private int pos;

        Parser(String text, String fileName) {
            this.text = text;
            this.fileName = fileName;
        }

        NpyHeaderDict dictionary() throws NpyFormatException {
            String descr = null;
            Boolean fortranOrder = null;
            long[] shape = null;
            Set<String> seen = new HashSet<>();
            expect('{');
            while (peek() != '}') {
                int keyAt = pos;
                String key = string();
                if (!KEYS.contains(key)) {
                    throw error("unexpected key '" + key + "'", keyAt);
                }
                if (!seen.add(key)) {
                    throw error("key '" + key + "' appears twice", keyAt);
                }
                expect(':');
                switch (key) {
                    case "descr" -> descr = string();
                    case "fortran_order" -> fortranOrder = bool();
                    default -> shape = tuple();
                }
                if (peek() != ',') {
                    break;
                }
                expect(',');
            }
            expect('}');
            skipWhitespace();
            if (pos != text.length()) {
                throw error("unexpected text after the closing '}'", pos);
            }
            if (descr == null || fortranOrder == null || shape == null) {
                Set<String> missing = new HashSet<>(KEYS);
                missing.removeAll(seen);
                throw new NpyFormatException(
                        fileName, "NPY header lacks the key(s) " + new java.util.TreeSet<>(missing));
            }
            return new NpyHeaderDict(descr, fortranOrder, shape);
        }

        private String string() throws NpyFormatException {
            skipWhitespace();
            int start = pos;
            char quote = peek();
            if (quote != '\'' && quote != '"') {
                throw error("expected a quoted string", start);
            }
            int end = text.indexOf(quote, pos + 1);
            if (end < 0) {
                throw error("unterminated string", start);
            }
            String value = text.substring(pos + 1, end);
            if (value.indexOf('\\') >= 0 || value.indexOf('\n') >= 0) {
                throw error("escape sequences and line breaks are not allowed in strings", start);
            }
            pos = end + 1;
            return value;
        }

        private boolean bool() throws NpyFormatException {
            skipWhitespace();
            if (text.startsWith("True", pos)) {
                pos += 4;
                return true;
            }
            if (text.startsWith("False", pos)) {
                pos += 5;
                return false;
            }
            throw error("expected True or False", pos);
        }

        private long[] tuple() throws NpyFormatException {
            expect('(');
            List<Long> dims = new ArrayList<>();
            boolean trailingComma = false;
            while (peek() != ')') {
                dims.add(integer());
                trailingComma = peek() == ',';
                if (!trailingComma) {
                    break;
                }
                expect(',');
            }
            int closeAt = pos;
            expect(')');
            if (dims.size() == 1 && !trailingComma) {
                throw error("'shape' must be a tuple; '(n)' is a plain number, write '(n,)'", closeAt);
            }
            return dims.stream().mapToLong(Long::longValue).toArray();
        }

        private long integer() throws NpyFormatException {
            skipWhitespace();
            int start = pos;
            if (peek() == '-') {
                throw error("negative dimension", start);
            }
            long value = 0;
            while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
                try {
                    value = Math.addExact(Math.multiplyExact(value, 10), text.charAt(pos) - '0');
                } catch (ArithmeticException e) {
                    throw error("dimension too large", start);
                }
                pos++;
            }
            if (pos == start) {
                throw error("expected a dimension (a non-negative integer)", start);
            }
            if (text.charAt(start) == '0' && pos - start > 1) {
                throw error("dimension with a leading zero", start);
            }
            if (pos < text.length() && text.charAt(pos) == 'L') {
                pos++;
            }
            return value;
        }

        private void expect(char c) throws NpyFormatException {
            if (peek() != c) {
                throw error("expected '" + c + "'", pos);
            }
            pos++;
        }

        /** The next non-blank character, or NUL at the end; leaves {@code pos} on it. */
        private char peek() {
            skipWhitespace();
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        private void skipWhitespace() {
            while (pos < text.length()
                    && (text.charAt(pos) == ' '
                            || text.charAt(pos) == '\n'
                            || text.charAt(pos) == '\t'
                            || text.charAt(pos) == '\r')) {
                pos++;
            }
        }

        private NpyFormatException error(String problem, int at) {
            return new NpyFormatException(
                    fileName, "malformed NPY header: " + problem + " at character " + at + " of " + abbreviate(text));
        }

        private static String abbreviate(String s) {
            String oneLine = s.strip().replace("\n", "\\n");
            return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
        }
    }
}

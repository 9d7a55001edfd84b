package hep.capsule.internal.verifier.report.html;

/**
 * Writes HTML text into a page: everything that may come from an archive goes through {@link #text}, which escapes it
 * for element content and attribute values alike.
 */
final class Html {
    private final StringBuilder page = new StringBuilder();

    /** Escapes {@code & < > " '}: safe in element content and in quoted attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Markup written by the report itself, never text from an archive. */
    Html markup(String markup) {
        page.append(markup);
        return this;
    }

    /** Text, escaped. */
    Html text(Object text) {
        page.append(escape(String.valueOf(text)));
        return this;
    }

    /** One table row of cells, each escaped. */
    Html row(String cellTag, Object... cells) {
        page.append("<tr>");
        for (Object cell : cells) {
            page.append('<')
                    .append(cellTag)
                    .append('>')
                    .append(escape(String.valueOf(cell)))
                    .append("</")
                    .append(cellTag)
                    .append('>');
        }
        page.append("</tr>\n");
        return this;
    }

    @Override
    public String toString() {
        return page.toString();
    }
}

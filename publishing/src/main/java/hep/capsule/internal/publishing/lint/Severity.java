package hep.capsule.internal.publishing.lint;

import java.util.Locale;

/** How much a lint finding matters: errors fail {@code capsule lint}, warnings too with {@code --strict}. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    INFO("note");

    private final String sarifLevel;

    Severity(String sarifLevel) {
        this.sarifLevel = sarifLevel;
    }

    /** The SARIF 2.1.0 {@code level}: error, warning or note. */
    public String sarifLevel() {
        return sarifLevel;
    }

    /** The word used in text and JSON output: error, warning, info. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}

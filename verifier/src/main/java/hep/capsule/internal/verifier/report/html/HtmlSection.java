package hep.capsule.internal.verifier.report.html;

import hep.capsule.internal.verifier.report.ArchiveReport;

/** One part of an archive's section of the HTML report, e.g. its verdict or its plots. */
interface HtmlSection {
    /** The heading, e.g. {@code Integrity and signatures}. */
    String title();

    /** A short name for anchors, e.g. {@code integrity}. */
    String id();

    /**
     * Writes the part's content (without its heading).
     *
     * @param anchor a prefix unique to this archive within the page, for ids the part makes
     */
    void write(ArchiveReport archive, String anchor, Html html);
}

package hep.capsule.internal.archive;

/**
 * The stable code of a {@link Finding}: what kind of thing a verifier found, with the rule of
 * {@code docs/archive-format-1.md} it comes from. Codes are part of the report format: once published, a code is never
 * renamed nor given another meaning (a new meaning gets a new code).
 *
 * <p>A {@link Kind#PROBLEM} is something wrong with the archive: every finding of a FAILED check is one, and so are
 * differences that a verdict accepts (within tolerance). A {@link Kind#NOTE} is a fact a check states without judging,
 * such as "every file matches its checksums".
 */
public enum FindingCode {
    // safety (section 2)
    ARCHIVE_NOT_FOUND(Kind.PROBLEM, "R-8.1", "the path given is not a regular file"),
    ARCHIVE_UNREADABLE(Kind.PROBLEM, "R-8.1", "the archive, or a file read from it, cannot be read (an I/O error)"),
    NOT_A_CAPSULE_ARCHIVE(Kind.PROBLEM, "R-2.2", "the file is neither a gzip-compressed nor a plain tar"),
    GZIP_DAMAGED(Kind.PROBLEM, "R-2.3", "the gzip stream is not valid gzip"),
    ARCHIVE_TRUNCATED(Kind.PROBLEM, "R-2.3", "the gzip or tar stream ends early"),
    DATA_AFTER_GZIP_END(Kind.PROBLEM, "R-2.3", "bytes follow the last complete gzip member"),
    TAR_DAMAGED(Kind.PROBLEM, "R-2.1", "the tar stream cannot be read as pax/ustar entries"),
    EMPTY_ARCHIVE(Kind.PROBLEM, "R-2.4", "the archive has no entry"),
    OUTSIDE_TOP_FOLDER(Kind.PROBLEM, "R-2.4", "an entry is not inside the archive's single top folder"),
    NOT_A_REGULAR_FILE(Kind.PROBLEM, "R-2.5", "an entry is a link, a device, a FIFO, a sparse file or of another type"),
    UNSAFE_ENTRY_NAME(
            Kind.PROBLEM,
            "R-2.6",
            "an entry name is empty, absolute, has NUL, \\, a drive letter, "
                    + "an empty, . or .. segment, or a Windows device name"),
    DUPLICATE_ENTRY(Kind.PROBLEM, "R-2.7", "two entries have the same name"),
    NAME_COLLISION(Kind.PROBLEM, "R-2.7", "two entry names are equal after NFC normalisation and lower-casing"),
    DATA_AFTER_TAR_END(Kind.PROBLEM, "R-2.8", "a non-zero byte follows the tar's end-of-archive marker"),
    TOO_MANY_ENTRIES(Kind.PROBLEM, "R-2.11", "the archive has more entries than the reader's limit"),
    FILE_TOO_LARGE(Kind.PROBLEM, "R-2.11", "an entry declares more bytes than the reader's limit per file"),
    ARCHIVE_TOO_LARGE(
            Kind.PROBLEM, "R-2.11", "the files expand beyond the limit on decompressed bytes or the free disk space"),
    PADDING_TOO_LONG(Kind.PROBLEM, "R-2.11", "more zero padding follows the tar's end than the limit per file"),
    VERIFICATION_STOPPED(
            Kind.PROBLEM,
            "R-2.11",
            "the verification did not finish: the time limit passed, or the process "
                    + "verifying the archive died or wrote no report; every check is SKIPPED"),
    ARCHIVE_READ(Kind.NOTE, "R-8.1", "the safety check passed: how many files and bytes, in which top folder"),

    // checksums (section 3, R-7.4)
    BAGIT_TXT_MISSING(Kind.PROBLEM, "R-3.1", "bagit.txt is missing: the archive is not a BagIt bag"),
    BAGIT_DECLARATION_WRONG(
            Kind.PROBLEM,
            "R-3.1",
            "bagit.txt does not declare BagIt-Version 1.0 and " + "Tag-File-Character-Encoding UTF-8"),
    TAG_FILE_MALFORMED(Kind.PROBLEM, "R-3.2", "a line of bagit.txt or bag-info.txt is not Label: value"),
    BAG_INFO_MISSING(Kind.PROBLEM, "R-3.2", "bag-info.txt is missing"),
    PAYLOAD_OXUM_MISSING(Kind.PROBLEM, "R-3.3", "bag-info.txt does not hold exactly one Payload-Oxum"),
    PAYLOAD_OXUM_MALFORMED(Kind.PROBLEM, "R-3.3", "the Payload-Oxum is not OCTETS.COUNT"),
    PAYLOAD_OXUM_MISMATCH(Kind.PROBLEM, "R-3.3", "the Payload-Oxum differs from the payload's bytes and files"),
    MANIFEST_MISSING(Kind.PROBLEM, "R-3.4", "one of the four manifests is missing"),
    MANIFEST_MALFORMED(
            Kind.PROBLEM, "R-3.4", "a manifest line is not a checksum and a safe path, or a path appears twice"),
    TAG_MANIFEST_NOT_CANONICAL(Kind.PROBLEM, "R-3.4", "a tag manifest is not written in the canonical form"),
    PAYLOAD_MANIFEST_OUT_OF_SCOPE(Kind.PROBLEM, "R-3.5", "a payload manifest lists a path outside data/"),
    LISTED_PAYLOAD_FILE_MISSING(Kind.PROBLEM, "R-3.5", "a payload manifest lists a file that is not in the archive"),
    UNLISTED_PAYLOAD_FILE(Kind.PROBLEM, "R-3.5", "a payload file is not listed in a payload manifest"),
    PAYLOAD_CHECKSUM_MISMATCH(Kind.PROBLEM, "R-3.5", "a payload file's content changed: no checksum of it matches"),
    PAYLOAD_MANIFEST_ENTRY_WRONG(
            Kind.PROBLEM,
            "R-3.5",
            "one payload manifest's checksum of a file is wrong "
                    + "while the other algorithm's matches: the manifest changed"),
    TAG_MANIFEST_OUT_OF_SCOPE(
            Kind.PROBLEM,
            "R-3.6",
            "a tag manifest lists a path it may not list (data/, a tag manifest, " + "a signature or a time-stamp)"),
    LISTED_TAG_FILE_MISSING(Kind.PROBLEM, "R-3.6", "a tag manifest lists a file that is not in the archive"),
    UNLISTED_TAG_FILE(Kind.PROBLEM, "R-3.6", "a file outside data/ is not listed in a tag manifest"),
    TAG_CHECKSUM_MISMATCH(Kind.PROBLEM, "R-3.6", "a tag file's content changed: no checksum of it matches"),
    TAG_MANIFEST_ENTRY_WRONG(
            Kind.PROBLEM,
            "R-3.6",
            "one tag manifest's checksum of a file is wrong "
                    + "while the other algorithm's matches: the manifest changed"),
    TIME_STAMP_WITHOUT_SIGNATURE(Kind.PROBLEM, "R-7.4", "a time-stamp file is not beside the signature it time-stamps"),
    CHECKSUMS_MATCH(Kind.NOTE, "R-3.5", "the checksums check passed: every file matches both checksums"),

    // metadata (section 4, R-10.1)
    CAPSULE_JSON_MISSING(Kind.PROBLEM, "R-4.1", "the archive has no capsule.json: it is not a capsule"),
    CAPSULE_JSON_INVALID(
            Kind.PROBLEM,
            "R-4.1, R-4.2, R-4.3",
            "capsule.json is too large, not JSON, not valid "
                    + "against its schema, or breaks a cross-field rule; the file names capsule.json, the "
                    + "message the field"),
    CAPSULE_SCHEMA_UNKNOWN(
            Kind.PROBLEM, "R-10.1", "capsule_schema is not an integer, or a version this verifier does not read"),
    NOT_PACKED(Kind.PROBLEM, "R-4.5", "capsule.json has no packing record: it was not written by capsule pack"),
    NAMED_FILE_MISSING(Kind.PROBLEM, "R-4.6", "a file capsule.json names is not in the payload"),
    REFERENCE_NOT_STORED(Kind.PROBLEM, "R-4.6", "an input names no reference, or an output no stored_reference"),
    METADATA_VALID(Kind.NOTE, "R-4.2", "the metadata check passed: capsule.json is valid, with its format version"),

    // model interface
    MODEL_DOES_NOT_LOAD(
            Kind.PROBLEM,
            "R-6.1, R-6.7",
            "a model does not load in its main runtime (malformed, unsupported, "
                    + "or an ONNX model with external data)"),
    WITNESS_DOES_NOT_LOAD(
            Kind.PROBLEM, "R-8.2", "the capsule stores witness outputs for a model the portable witness cannot load"),
    MODEL_INTERFACE_MISMATCH(
            Kind.PROBLEM, "R-8.2", "a model's inputs or outputs differ from those capsule.json describes"),
    MODEL_MEMORY_EXCEEDED(Kind.PROBLEM, "R-6.8.2", "executing a model needs more than the model memory budget"),
    MODEL_INTERFACE_MATCHES(Kind.NOTE, "R-8.2", "the model-interface check passed for an engine"),

    // reproduction
    RUNTIME_RECORD_MISSING(Kind.PROBLEM, "R-4.7", "the packing record has no runtime record for a model and engine"),
    BATCH_SIZE_INVALID(
            Kind.PROBLEM, "R-4.7", "a runtime record has no batch_size, or one that is not a positive integer"),
    NPY_MALFORMED(
            Kind.PROBLEM, "R-5.1, R-5.3", "a stored tensor is not a valid NPY file of the type and shape it must have"),
    EVENT_COUNT_MISMATCH(
            Kind.PROBLEM, "R-6.4", "an input's raw_reference and reference hold different numbers of events"),
    STORED_TENSOR_TOO_LONG(Kind.PROBLEM, "R-8.4", "a stored tensor holds more events than the reference inputs"),
    OUTPUT_SHAPE_MISMATCH(
            Kind.PROBLEM, "R-8.4", "the recomputed outputs do not have the stored tensors' type or shape"),
    RUNTIME_FAILED(Kind.PROBLEM, "R-8.1", "an engine failed on the reference inputs"),
    CUTFLOW_MALFORMED(
            Kind.PROBLEM,
            "R-8.10",
            "a recorded cutflow cannot be re-derived (a stage without its numbers, "
                    + "weights of the wrong type or length)"),
    NORMALISED_INPUT_DIFFERS(
            Kind.PROBLEM, "R-6.4", "recomputing the model-ready inputs from the physical ones changed a bit"),
    WITNESS_OUTPUT_DIFFERS(Kind.PROBLEM, "R-8.6", "the portable witness's outputs differ from its stored outputs"),
    REFERENCE_OUTPUT_DIFFERS(
            Kind.PROBLEM, "R-8.5", "the main runtime's outputs differ from the stored ones, not acceptably"),
    REFERENCE_OUTPUT_ACCEPTED(
            Kind.PROBLEM,
            "R-8.5",
            "the main runtime's outputs differ from the stored ones, acceptably "
                    + "(within the declared tolerance, or explained by another kind of machine): "
                    + "REPRODUCED_WITHIN_TOLERANCE"),
    CUTFLOW_STAGE_DIFFERS(
            Kind.PROBLEM, "R-8.10", "a re-derived cutflow stage differs from the recorded numbers or its events"),
    CUTFLOWS_DIFFER(
            Kind.PROBLEM,
            "R-8.10",
            "some re-derived cutflow differs from capsule.json (each stage has its own finding)"),
    OUTPUTS_BIT_IDENTICAL(Kind.NOTE, "R-8.5", "every output is bit-identical to its stored reference"),
    CUTFLOWS_REPRODUCED(Kind.NOTE, "R-8.10", "every reference_events cutflow re-derives to the recorded numbers"),
    TWIN_COMPARED(Kind.NOTE, "R-6.5", "how a twin's output compares with its original's (never decides the verdict)"),
    NOT_RUN_INTEGRITY_ONLY(Kind.NOTE, "R-8.8", "the check was skipped because the verification was integrity-only");

    /** Whether a finding says something is wrong, or only states a fact. */
    public enum Kind {
        PROBLEM,
        NOTE
    }

    private final Kind kind;
    private final String rule;
    private final String meaning;

    FindingCode(Kind kind, String rule, String meaning) {
        this.kind = kind;
        this.rule = rule;
        this.meaning = meaning;
    }

    public Kind kind() {
        return kind;
    }

    /** The rules of {@code docs/archive-format-1.md} the finding enforces or reports on, e.g. {@code }. */
    public String rule() {
        return rule;
    }

    /** What a finding with this code means, in one line. */
    public String meaning() {
        return meaning;
    }
}

package hep.capsule.internal.tensor;

/**
 * Upper bounds applied while reading NPY files, so that a malformed or hostile header cannot make the reader allocate
 * unbounded memory.
 *
 * @param maxHeaderBytes the longest header dictionary accepted, in bytes
 * @param maxTensorBytes the largest data section accepted, in bytes
 */
public record NpyLimits(long maxHeaderBytes, long maxTensorBytes) {

    public NpyLimits {
        if (maxHeaderBytes <= 0 || maxTensorBytes < 0) {
            throw new IllegalArgumentException("NPY limits must be positive, got header " + maxHeaderBytes
                    + " and tensor " + maxTensorBytes + " bytes");
        }
    }

    /** These limits with another largest data section, e.g. from {@code --max-tensor-size}. */
    public NpyLimits withMaxTensorBytes(long bytes) {
        return new NpyLimits(maxHeaderBytes, bytes);
    }

    /** 64 KiB of header (numpy.load refuses more than 10 000 bytes by default) and 8 GiB of data. */
    public static NpyLimits defaults() {
        return new NpyLimits(64L * 1024, 8L * 1024 * 1024 * 1024);
    }
}

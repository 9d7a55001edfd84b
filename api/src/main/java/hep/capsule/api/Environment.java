package hep.capsule.api;

import java.util.List;

/**
 * Where a capsule was packed or verified.
 *
 * @param capsuleVersion the Capsule release
 * @param javaVersion the Java version
 * @param os the operating system's name and version
 * @param architecture the machine's architecture, e.g. {@code amd64}
 * @param cpu the CPU model
 * @param runtimes the model runtimes with their versions, once each, e.g. {@code onnxruntime 1.28.0}
 * @param summary all of it on one line, as the text report shows it
 */
public record Environment(
        String capsuleVersion,
        String javaVersion,
        String os,
        String architecture,
        String cpu,
        List<String> runtimes,
        String summary) {

    /** Copies {@code runtimes}. */
    public Environment {
        runtimes = List.copyOf(runtimes);
    }
}

package hep.capsule.internal.archive.bag;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A payload or tag manifest: checksums by bag-relative path, for one algorithm. */
public record Manifest(DigestAlgorithm algorithm, Map<String, String> checksumsByPath) {

    public Manifest {
        checksumsByPath = Collections.unmodifiableMap(new LinkedHashMap<>(checksumsByPath));
    }

    /** The manifest file's bytes: one line per file, sorted by the path's UTF-8 bytes. */
    public byte[] toBytes() {
        List<String> paths = new ArrayList<>(checksumsByPath.keySet());
        paths.sort(Comparator.comparing(p -> p.getBytes(StandardCharsets.UTF_8), java.util.Arrays::compareUnsigned));
        StringBuilder text = new StringBuilder();
        for (String path : paths) {
            text.append(new ManifestEntry(checksumsByPath.get(path), path).toLine());
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Parses a manifest. Every line must be {@code CHECKSUM WHITESPACE PATH}, the checksum hexadecimal of the
     * algorithm's length, and no path may appear twice.
     */
    public static Manifest parse(DigestAlgorithm algorithm, String fileName, byte[] content) throws BagFormatException {
        String text = new String(content, StandardCharsets.UTF_8);
        int hexLength = algorithm.newDigest().getDigestLength() * 2;
        Map<String, String> checksums = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                throw new BagFormatException(fileName + " line " + (i + 1) + " is empty");
            }
            int gap = indexOfWhitespace(line);
            if (gap < 0) {
                throw new BagFormatException(fileName + " line " + (i + 1) + " has no path after the checksum");
            }
            String checksum = line.substring(0, gap);
            String encodedPath = line.substring(gap).stripLeading();
            if (checksum.length() != hexLength || !checksum.chars().allMatch(HexFormat::isHexDigit)) {
                throw new BagFormatException(fileName + " line " + (i + 1) + ": \"" + checksum + "\" is not a "
                        + algorithm.bagitName() + " checksum (" + hexLength + " hex digits)");
            }
            if (encodedPath.isEmpty()) {
                throw new BagFormatException(fileName + " line " + (i + 1) + " has no path after the checksum");
            }
            String path = BagPaths.decode(encodedPath);
            if (!BagPaths.staysInside(path)) {
                throw new BagFormatException(fileName + " line " + (i + 1) + ": the path \"" + path
                        + "\" is absolute or leaves the bag; paths must be relative, '/'-separated, "
                        + "without . or .. segments");
            }
            if (checksums.put(path, checksum.toLowerCase(java.util.Locale.ROOT)) != null) {
                throw new BagFormatException(fileName + " lists \"" + path + "\" twice");
            }
        }
        return new Manifest(algorithm, checksums);
    }

    private static int indexOfWhitespace(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ' ' || line.charAt(i) == '\t') {
                return i;
            }
        }
        return -1;
    }
}

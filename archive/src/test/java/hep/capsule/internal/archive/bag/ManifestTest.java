package hep.capsule.internal.archive.bag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestTest {
    private static final String SHA256_OF_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void percentCrAndLfAreEncodedAndNothingElse() {
        assertEquals("data/100%25 sure%0D%0A.txt", BagPaths.encode("data/100% sure\r\n.txt"));
        assertEquals("data/jet p\u1d40/x y.npy", BagPaths.encode("data/jet p\u1d40/x y.npy"));
    }

    @Test
    void manifestRoundTripDecodesPaths() throws BagFormatException {
        Manifest manifest = new Manifest(
                DigestAlgorithm.SHA256, Map.of("data/b%\n.txt", SHA256_OF_EMPTY, "data/a.txt", SHA256_OF_EMPTY));
        String text = new String(manifest.toBytes(), StandardCharsets.UTF_8);
        assertEquals(SHA256_OF_EMPTY + "  data/a.txt\n" + SHA256_OF_EMPTY + "  data/b%25%0A.txt\n", text);
        assertEquals(
                manifest.checksumsByPath(),
                Manifest.parse(DigestAlgorithm.SHA256, "manifest-sha256.txt", manifest.toBytes())
                        .checksumsByPath());
    }

    @Test
    void escapesThatBagItNeverWritesAreRefused() {
        for (String trick : new String[] {"data/..%2F..%2Fetc", "data/%2E%2E/x", "data/%"}) {
            byte[] line = (SHA256_OF_EMPTY + "  " + trick + "\n").getBytes(StandardCharsets.UTF_8);
            BagFormatException e = assertThrows(
                    BagFormatException.class,
                    () -> Manifest.parse(DigestAlgorithm.SHA256, "manifest-sha256.txt", line));
            assertTrue(e.getMessage().contains("BagIt only escapes"), e.getMessage());
        }
    }

    @Test
    void pathsThatLeaveTheBagAreRefused() {
        for (String escape :
                new String[] {"data/../../etc/passwd", "/etc/passwd", "data/./x", "data//x", "C:/x", "data\\..\\x"}) {
            byte[] line = (SHA256_OF_EMPTY + "  " + escape + "\n").getBytes(StandardCharsets.UTF_8);
            BagFormatException e = assertThrows(
                    BagFormatException.class,
                    () -> Manifest.parse(DigestAlgorithm.SHA256, "manifest-sha256.txt", line));
            assertTrue(e.getMessage().contains("leaves the bag"), e.getMessage());
        }
    }

    @Test
    void malformedLinesNameTheManifestAndLine() {
        String text = SHA256_OF_EMPTY + "  data/a.txt\nnot-a-checksum  data/b.txt\n";
        BagFormatException e = assertThrows(
                BagFormatException.class,
                () -> Manifest.parse(
                        DigestAlgorithm.SHA256, "manifest-sha256.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                "manifest-sha256.txt line 2: \"not-a-checksum\" is not a sha256 checksum (64 hex digits)",
                e.getMessage());
        String twice = SHA256_OF_EMPTY + "  data/a.txt\n" + SHA256_OF_EMPTY + " data/a.txt\n";
        assertThrows(
                BagFormatException.class,
                () -> Manifest.parse(DigestAlgorithm.SHA256, "m", twice.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void payloadOxumParsesAndRefusesNonsense() throws BagFormatException {
        assertEquals(new PayloadOxum(279336, 5), PayloadOxum.parse("279336.5"));
        assertThrows(BagFormatException.class, () -> PayloadOxum.parse("-1.5"));
        assertThrows(BagFormatException.class, () -> PayloadOxum.parse("12"));
    }
}

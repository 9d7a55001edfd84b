package hep.capsule.internal.archive.bag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** The smallest complete bag the tests write: one payload file of four bytes and a capsule.json of {@code {}}. */
public final class SmallBag {
    /** The bag path of its one payload file. */
    public static final String PAYLOAD = "data/events.npy";

    private SmallBag() {}

    /** Its files, tag files and manifests included, as {@code capsule pack} would assemble them. */
    public static List<BagFile> files() throws IOException {
        BagInfo info = new BagInfo(
                "cap",
                "A test",
                "ATLAS Collaboration",
                "A. Physicist",
                "a.physicist@example.org",
                LocalDate.of(2026, 1, 1),
                "Capsule test");
        return BagAssembler.assemble(
                info,
                List.of(BagFile.of(PAYLOAD, new byte[] {1, 2, 3, 4})),
                List.of(BagFile.of(BagLayout.CAPSULE_JSON, "{}\n".getBytes(StandardCharsets.UTF_8))));
    }
}

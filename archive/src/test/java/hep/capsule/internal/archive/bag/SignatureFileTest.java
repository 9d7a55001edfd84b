package hep.capsule.internal.archive.bag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which unlisted tag files are signatures and time-stamps, and which are not. */
class SignatureFileTest {
    @Test
    void openPgpSignaturesHaveTheirTimeStampBesideThem() {
        SignatureFile second = new SignatureFile(SignatureFormat.OPENPGP, 2);
        assertEquals(
                "tagmanifest-sha512.txt.2.asc.tsr",
                second.timeStampFile().orElseThrow().bagPath());
        assertEquals(
                Optional.of(second),
                TimeStampFile.parse("tagmanifest-sha512.txt.2.asc.tsr").map(TimeStampFile::signature));
        assertEquals(
                Optional.empty(),
                new SignatureFile(SignatureFormat.CMS, 1).timeStampFile(),
                "a CMS signature carries its time-stamp inside");
    }

    @Test
    void onlyTimeStampsOfOpenPgpSignatureNamesAreExemptFromTheTagManifest() {
        for (String exempt : List.of(
                "tagmanifest-sha512.txt.asc",
                "tagmanifest-sha512.txt.p7s",
                "tagmanifest-sha512.txt.asc.tsr",
                "tagmanifest-sha512.txt.12.asc.tsr")) {
            assertFalse(ManifestKind.TAG.mustList(exempt), exempt);
        }
        for (String listed : List.of(
                "tagmanifest-sha512.txt.p7s.tsr",
                "tagmanifest-sha512.txt.1.asc.tsr",
                "tagmanifest-sha512.txt.tsr",
                "tagmanifest-sha512.txt.asc.tsr.tsr",
                "tagmanifest-sha256.txt.asc.tsr",
                "README.txt.tsr")) {
            assertTrue(ManifestKind.TAG.mustList(listed), listed);
        }
    }
}

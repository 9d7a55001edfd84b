package hep.capsule.internal.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this Capsule release, as recorded in every capsule it packs and report it writes. */
public final class CapsuleVersion {
    private static final String VERSION = load();

    private CapsuleVersion() {}

    public static String current() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = CapsuleVersion.class.getResourceAsStream("/hep/capsule/capsule-version.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("the build left out capsule-version.properties", e);
        }
    }
}

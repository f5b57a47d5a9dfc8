package dev.doctranslation.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code doctranslation-java/<version>}, the version filtered in from the build. */
final class UserAgent {
    static final String VALUE = "doctranslation-java/" + version();

    private UserAgent() {}

    private static String version() {
        try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}

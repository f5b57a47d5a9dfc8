package dev.doctranslation.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * The seed page's "Example successful response", byte for byte: every benchmark reads, serves or
 * validates this one body, so the figures compare like with like.
 */
public final class PageBody {
    /** The operation id of the page's example. */
    public static final UUID ID = UUID.fromString("727bf148-f327-47a0-9481-abae6362f11e");
    /** The API base path of the contract's server URL. */
    public static final String BASE_PATH = "/translator/text/batch/v1.0-preview.1";

    private static final byte[] BYTES = load();

    private PageBody() {}

    /** A fresh copy, so no benchmark can change what another one reads. */
    public static byte[] bytes() {
        return BYTES.clone();
    }

    /** The request path of the page's operation: {@code <base path>/batches/<id>}. */
    public static String path() {
        return BASE_PATH + "/batches/" + ID;
    }

    private static byte[] load() {
        try (InputStream in = PageBody.class.getResourceAsStream("/page-200.json")) {
            if (in == null) {
                throw new IllegalStateException("page-200.json is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

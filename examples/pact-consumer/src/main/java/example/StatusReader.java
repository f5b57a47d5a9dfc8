package example;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * Someone else's client of the service: a few lines of java.net.http that read an operation's
 * status, written without this project's SDK. Its consumer test pins what it relies on, and
 * checks that against the published contract.
 */
public final class StatusReader {
    static final String API_PATH = "/translator/text/batch/v1.0-preview.1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;
    private final String key;

    public StatusReader(URI endpoint, String key) {
        this.endpoint = endpoint;
        this.key = key;
    }

    /** The operation's status as the service spells it, e.g. {@code Running}. */
    public String status(UUID id) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve(API_PATH + "/batches/" + id))
                .header("Ocp-Apim-Subscription-Key", key)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .GET().build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("status read answered " + response.statusCode());
        }
        return JSON.readTree(response.body()).path("status").asText();
    }
}

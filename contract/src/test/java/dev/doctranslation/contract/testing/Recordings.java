package dev.doctranslation.contract.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.doctranslation.contract.ContractHeaders;
import dev.doctranslation.contract.ContractJson;
import dev.doctranslation.contract.Statuses;
import dev.doctranslation.contract.models.Status;
import dev.doctranslation.contract.models.TranslationStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the live service answered to a cancel and the reads around it, as the Azure SDKs' recorded
 * sessions show: one JSON file per session under {@code recordings/} in this module's test
 * resources, listed in {@code recordings/index.txt}. Each file holds the facts only (statuses,
 * counts, headers, dates), the session's source (repository, path, commit) and the version of the
 * service it talked to. Shared through this module's test jar, so the validator's and the kit's
 * tests hold their rules to the same sessions.
 */
public final class Recordings {
    private static final ObjectMapper JSON = ContractJson.newMapper();
    private static final String DIRECTORY = "/recordings/";

    private Recordings() {}

    /** Every recorded session, in the order of the index. */
    public static List<Recording> all() {
        List<Recording> recordings = new ArrayList<>();
        for (String file : index()) {
            recordings.add(read(file));
        }
        return recordings;
    }

    /** The file names the index lists. */
    public static List<String> index() {
        try (InputStream in = open("index.txt");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIRECTORY + "index.txt", e);
        }
    }

    /** One session, by its file name under {@code recordings/}. */
    public static Recording read(String file) {
        try (InputStream in = open(file)) {
            JsonNode root = JSON.readTree(in);
            JsonNode source = root.path("source");
            List<Step> steps = new ArrayList<>();
            for (JsonNode step : root.path("steps")) {
                steps.add(step(file, step));
            }
            String before = root.path("statusBeforeCancel").asText(null);
            return new Recording(file, text(file, root, "name"), text(file, source, "repository"), text(file, source, "path"),
                    text(file, source, "commit"), text(file, root, "serviceVersion"),
                    before == null ? null : Statuses.read(before), UUID.fromString(text(file, root, "operationId")),
                    List.copyOf(steps));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIRECTORY + file, e);
        }
    }

    private static Step step(String file, JsonNode step) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        step.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), List.of(h.getValue().asText())));
        return new Step(text(file, step, "request"), text(file, step, "method"), step.path("statusCode").asInt(),
                Collections.unmodifiableMap(headers), JSON.writeValueAsBytes(step.path("body")),
                step.path("racedTheCancel").asBoolean(false), step.path("readFromList").asBoolean(false));
    }

    private static String text(String file, JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalStateException(DIRECTORY + file + " has no '" + field + "'");
        }
        return value.asText();
    }

    private static InputStream open(String file) {
        InputStream in = Recordings.class.getResourceAsStream(DIRECTORY + file);
        if (in == null) {
            throw new IllegalStateException(DIRECTORY + file + " is not on the test classpath");
        }
        return in;
    }

    /**
     * One recorded session.
     *
     * @param file the file name under {@code recordings/}
     * @param name the session's name, for test names
     * @param repository the repository of the recording, {@code owner/name}
     * @param path the recording's path in that repository
     * @param commit the commit the recording was read at
     * @param serviceVersion the service version the session talked to ({@code v1.0}, {@code 2024-05-01})
     * @param statusBeforeCancel the operation's status when the cancel was sent; null for a session without one
     * @param operationId the operation's id
     * @param steps the answers about the operation, in the order the recording lists them
     */
    public record Recording(String file, String name, String repository, String path, String commit,
            String serviceVersion, Status statusBeforeCancel, UUID operationId, List<Step> steps) {

        /** Where the facts come from, for a failure message. */
        public String source() {
            return repository + " " + path + " at " + commit;
        }

        /**
         * The steps in the order the service answered them: a read that raced the cancel (sent by
         * a client's polling thread while the cancel was in flight, and answering the state before
         * it) goes right before the cancel. This is the order a client that sends one request at a
         * time, as the kit does, would have seen.
         */
        public List<Step> inServiceOrder() {
            List<Step> ordered = new ArrayList<>(steps);
            int cancel = cancelIndex(ordered);
            for (int i = cancel + 1; cancel >= 0 && i < ordered.size(); i++) {
                if (ordered.get(i).racedTheCancel()) {
                    ordered.add(cancel, ordered.remove(i));
                    cancel++;
                }
            }
            return List.copyOf(ordered);
        }

        /** {@link #inServiceOrder()} without the answers a shared cache served again (those with {@code Age}). */
        public List<Step> freshInServiceOrder() {
            return inServiceOrder().stream().filter(s -> !s.fromCache()).toList();
        }

        /** The cancel's answer. */
        public Step cancel() {
            return steps.stream().filter(s -> s.method().equals("DELETE")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(file + " has no cancel"));
        }

        /** Whether the session cancels the operation at all. */
        public boolean hasCancel() {
            return cancelIndex(steps) >= 0;
        }

        private static int cancelIndex(List<Step> steps) {
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).method().equals("DELETE")) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * One answer about the operation.
     *
     * @param request the request line as recorded, host left out
     * @param method {@code DELETE} (the cancel) or {@code GET} (a read)
     * @param statusCode the answer's status
     * @param headers the answer's headers (transport headers and cookies left out)
     * @param body the answer's body, as compact JSON
     * @param racedTheCancel a read sent while the cancel was in flight, answered before it applied
     * @param readFromList a read through the list operation ({@code GET /batches?ids={id}}): the body is its element
     */
    public record Step(String request, String method, int statusCode, Map<String, List<String>> headers, byte[] body,
            boolean racedTheCancel, boolean readFromList) {

        /** The contract operation the answer belongs to. */
        public String operationId() {
            return method.equals("DELETE") ? "cancelTranslation" : "getTranslationStatus";
        }

        /** The first value of a header, in any letter case, or null. */
        public String header(String name) {
            return ContractHeaders.first(headers, name).orElse(null);
        }

        /** Whether a shared cache served this answer again (RFC 9111: only a cache sends {@code Age}). */
        public boolean fromCache() {
            return header("Age") != null;
        }

        /** The body as the model. */
        public TranslationStatus status() {
            try {
                return JSON.readValue(body, TranslationStatus.class);
            } catch (IOException e) {
                throw new UncheckedIOException("the body of " + request + " is not a TranslationStatus", e);
            }
        }

        @Override
        public String toString() {
            return request + (fromCache() ? " (Age " + header("Age") + ")" : "");
        }
    }
}

package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property: whatever a client gets wrong (random ids and paths, methods, a key that is missing,
 * wrong, duplicated or huge, huge or duplicated header fields, invalid UTF-8 in the request line or
 * in field values, bodies on DELETE and GET, bodies that are not JSON), the answer comes within a
 * deadline, is a 4xx whose body is the contract's error body (checked by the validator), never
 * carries the key, and the mock goes on serving: a good request right after it is answered 200.
 *
 * <p>Requests are written by hand on a socket ({@link RawHttp}), since no HTTP client sends most
 * of them. Tries: {@code jqwik.tries.default}, 150 in the normal build, 2,000 in the
 * reliability-long profile, each try two requests. Heads stay under Grizzly's 64 KiB limit, where
 * the mock still reads the whole request; beyond it (tested in {@link ClientMistakesTest}) the mock
 * answers before the client has finished writing.
 */
class BadInputTest {

    private static final Duration DEADLINE = Duration.ofSeconds(5);
    private static final String WRONG_KEY = "0000000000000000000000000000000a";

    private static MockServer mock;
    private static MockHttp http;
    private static UUID running;
    private static final Map<Integer, AtomicInteger> STATUSES = new ConcurrentHashMap<>();

    @BeforeContainer
    static void start() {
        mock = MockServer.start();
        http = new MockHttp(mock);
        running = mock.operations().arrange("Running");
    }

    @AfterContainer
    static void stop() {
        Map<Integer, Integer> counts = new TreeMap<>();
        STATUSES.forEach((status, count) -> counts.put(status, count.get()));
        System.out.printf("BadInputTest: %d bad requests, statuses %s, each followed by a good one%n",
                counts.values().stream().mapToInt(Integer::intValue).sum(), counts);
        mock.close();
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void aBadRequestGetsA4xxWithTheErrorBodyAndTheMockKeepsServing(@ForAll("badRequests") BadRequest request)
            throws IOException {
        RawHttp.Response response = RawHttp.exchange(mock.port(), request.bytes(mock.key()), DEADLINE);
        STATUSES.computeIfAbsent(response.status(), s -> new AtomicInteger()).incrementAndGet();

        // First, and as a boolean: a failure message must not show the key it found.
        boolean leaksKey = (response.bodyText() + response.headers()).contains(mock.key());
        assertThat(leaksKey).as("the answer to %s carries the subscription key", request).isFalse();
        assertThat(response.status()).as("%s", request).isBetween(400, 499);
        ContractCheck.assertConforms(request.method(), request.target(), response.status(), response.headers(),
                response.body());
        assertThat(http.get(running).statusCode()).as("a good request after %s", request).isEqualTo(200);
    }

    /**
     * One bad request. Holds the key's kind, never the key, so its {@code toString} (in jqwik's
     * report and in assertion messages) cannot show it.
     */
    record BadRequest(String method, String target, KeyKind key, List<Field> fields, byte[] body) {

        byte[] bytes(String rightKey) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write(out, method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
            for (String value : key.values(rightKey)) {
                write(out, MockHttp.KEY_HEADER + ": " + value + "\r\n");
            }
            for (Field field : fields) {
                for (int i = 0; i < field.times(); i++) {
                    write(out, field.name() + ": " + field.value() + "\r\n");
                }
            }
            if (body.length > 0) {
                write(out, "Content-Length: " + body.length + "\r\n");
            }
            write(out, "\r\n");
            out.writeBytes(body);
            return out.toByteArray();
        }

        private static void write(ByteArrayOutputStream out, String latin1) {
            out.writeBytes(latin1.getBytes(StandardCharsets.ISO_8859_1));
        }

        @Override
        public String toString() {
            String shownTarget = target.length() > 120 ? target.substring(0, 120) + "...(" + target.length() + ")" : target;
            return method + " " + shownTarget.replaceAll("[^\\x20-\\x7e]", "?") + " key " + key + " fields "
                    + fields + " body " + body.length + " bytes";
        }
    }

    /**
     * A header field sent {@code times} times; its value is written as ISO-8859-1, so chars
     * 0x80-0xFF are raw bytes.
     */
    record Field(String name, String value, int times) {

        Field(String name, String value) {
            this(name, value, 1);
        }

        @Override
        public String toString() {
            String shown = value.length() > 40 ? value.substring(0, 40) + "...(" + value.length() + ")" : value;
            return name + "=" + shown.replaceAll("[^\\x20-\\x7e]", "?") + (times > 1 ? " x" + times : "");
        }
    }

    enum KeyKind {
        RIGHT,
        WRONG,
        MISSING,
        RIGHT_AND_WRONG,
        HUGE;

        List<String> values(String rightKey) {
            return switch (this) {
                case RIGHT -> List.of(rightKey);
                case WRONG -> List.of(WRONG_KEY);
                case MISSING -> List.of();
                case RIGHT_AND_WRONG -> List.of(rightKey, WRONG_KEY);
                case HUGE -> List.of("k".repeat(17_000));
            };
        }
    }

    @Provide
    Arbitrary<BadRequest> badRequests() {
        return Combinators.combine(methods(), targets(), Arbitraries.of(KeyKind.class), fields().list().ofMaxSize(3),
                        bodies())
                .as(BadRequest::new)
                // Reading the provider states is no mistake; neither is a body on POST to a right place.
                .filter(r -> !(r.target().equals(MockServer.STATES_PATH) && (r.method().equals("GET")
                        || r.method().equals("HEAD"))))
                .filter(BadInputTest::headFitsGrizzlysLimit);
    }

    private static boolean headFitsGrizzlysLimit(BadRequest request) {
        int head = request.target().length() + 200 + request.key().values("x".repeat(32)).stream()
                .mapToInt(v -> v.length() + 32).sum()
                + request.fields().stream().mapToInt(f -> (f.name().length() + f.value().length() + 4) * f.times()).sum();
        return head < 60 * 1024;
    }

    /** Every method but OPTIONS, which is no mistake (the mock answers it 200 with Allow). */
    private static Arbitrary<String> methods() {
        return Arbitraries.oneOf(
                Arbitraries.of("GET", "DELETE", "HEAD", "PUT", "POST", "PATCH", "TRACE", "CONNECT", "PRI"),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(12)
                        .filter(m -> !m.equals("OPTIONS")));
    }

    private static Arbitrary<String> targets() {
        String operations = MockServer.BASE_PATH + "/batches/";
        return Arbitraries.frequencyOf(
                Tuple.of(4, ids().map(id -> operations + id)),
                Tuple.of(2, segments().list().ofMinSize(1).ofMaxSize(6)
                        .map(list -> "/" + String.join("/", list))),
                Tuple.of(1, segments().list().ofMaxSize(3)
                        .map(list -> MockServer.BASE_PATH + "/" + String.join("/", list))),
                Tuple.of(1, Arbitraries.just(MockServer.STATES_PATH)),
                Tuple.of(1, ids().map(id -> operations + id + "?" + id)));
    }

    /** Ids: unknown UUIDs, printable junk, escapes (some of invalid UTF-8), raw high bytes, overlong. */
    private static Arbitrary<String> ids() {
        // From jqwik's own randomness, so a reported seed reproduces the run.
        Arbitrary<UUID> uuids = Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
        return Arbitraries.oneOf(
                uuids.map(UUID::toString),
                uuids.map(uuid -> uuid.toString().toUpperCase()),
                Arbitraries.strings().withChars("abcdefABCDEF0123456789-_.~!$&'()*+,;=:@").ofMinLength(1).ofMaxLength(60),
                Arbitraries.integers().between(0, 255).list().ofMinSize(1).ofMaxSize(20)
                        .map(bytes -> bytes.stream().map(b -> String.format("%%%02X", b)).reduce("", String::concat)),
                Arbitraries.strings().withCharRange('\u0080', '\u00ff').ofMinLength(1).ofMaxLength(20),
                Arbitraries.integers().between(4_000, 6_000).map("a"::repeat));
    }

    private static Arbitrary<String> segments() {
        return Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().withChars("-._~").ofMinLength(1).ofMaxLength(20),
                // Never "_states" alone: GET /_states is no mistake.
                Arbitraries.of("..", ".", "batches", "%2F", "%00", "%zz", "%", "%C3%28", "%FF"));
    }

    private static Arbitrary<Field> fields() {
        return Arbitraries.oneOf(
                // Huge: over the mock's own 16 KiB limit for header fields (431), under Grizzly's.
                Arbitraries.integers().between(100, 38_000).map(n -> new Field("X-Filler", "f".repeat(n))),
                // Duplicated: the same field many times.
                Arbitraries.integers().between(2, 120).map(n -> new Field("X-Dup", "d", n)),
                Arbitraries.integers().between(2, 5).map(n -> new Field("Content-Type", "application/json", n)),
                // Invalid UTF-8: raw bytes 0x80-0xFF in a value.
                Arbitraries.strings().withCharRange('\u0080', '\u00ff').ofMinLength(1).ofMaxLength(30)
                        .map(v -> new Field("X-Bytes", v)),
                Arbitraries.of("application/json", "text/plain", "application/json; charset=latin1", "*/*",
                                "\u00ff\u00fe", "multipart/form-data; boundary=x")
                        .map(v -> new Field("Content-Type", v)),
                Arbitraries.of("text/html", "application/xml", "application/json;q=0", "\u00c3\u0028")
                        .map(v -> new Field("Accept", v)),
                Arbitraries.of("gzip", "br", "\u00ff").map(v -> new Field("Accept-Encoding", v)));
    }

    /** No body, random bytes (usually invalid UTF-8), or JSON that is almost a provider state. */
    private static Arbitrary<byte[]> bodies() {
        return Arbitraries.oneOf(
                Arbitraries.just(new byte[0]),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(2_048),
                Arbitraries.of("{\"state\":\"a translation operation exists\",\"params\":{\"status\":\"Nope\"}}",
                                "{\"state\":\"\u00ff\"}", "{\"state\":", "[]", "null",
                                "{\"state\":\"a translation operation exists\",\"action\":\"undo\"}")
                        .map(s -> s.getBytes(StandardCharsets.ISO_8859_1)));
    }
}

package dev.doctranslation.mock;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.doctranslation.contract.ServiceVersion.ErrorEnvelope;
import dev.doctranslation.contract.models.Status;
import dev.doctranslation.contract.models.TranslationErrorCode;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The one ObjectMapper of the provider: ISO-8601 date-times (never epoch numbers) and no
 * {@code null} members, since the contract's optional fields are absent rather than null. Every
 * body the mock sends is written here ({@link #bytes}) and handed to Jersey as bytes; Jersey has
 * no JSON provider of its own.
 */
final class Json {

    static final ObjectMapper MAPPER =
            JsonMapper.builder()
                    .addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .defaultPropertyInclusion(
                            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                    .build();

    /** Immutable and thread-safe, so one serves every response. */
    private static final ObjectWriter WRITER = MAPPER.writer();

    private Json() {}

    /**
     * A response body, serialised here rather than by a Jersey JSON provider: a provider looks up
     * the mapper and builds a writer for every response, and the bytes are the same. Jersey writes
     * a {@code byte[]} entity as it is.
     */
    static byte[] bytes(Object body) {
        try {
            return WRITER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a generated model that cannot be written as JSON", e);
        }
    }

    /**
     * Makes the serialisers of every kind of body the mock answers, so the first request finds them
     * made: run by {@link JsonWarmUp} on a thread of its own.
     */
    static void warmUp() {
        try {
            Instant now = Instant.now();
            bytes(new OperationSnapshot(new UUID(0, 0), now, now, Status.RUNNING, 10, 4, 1, 2, 3, 0, 0).toModel());
            ContractError error = new ContractError(404, TranslationErrorCode.RESOURCE_NOT_FOUND, "warm-up")
                    .withTarget("Operation")
                    .withInnerError("InvalidOperationState", "warm-up");
            for (ErrorEnvelope envelope : ErrorEnvelope.values()) {
                error.body(envelope);
            }
            bytes(Map.of("id", "warm-up"));
            MAPPER.readTree("{\"state\": \"warm-up\", \"params\": {}}");
        } catch (RuntimeException | JsonProcessingException ignored) {
            // Only a warm-up: the first real use makes the same calls and reports what fails.
        }
    }
}

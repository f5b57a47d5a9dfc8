package dev.doctranslation.mock;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;

/**
 * The one ObjectMapper of the provider: ISO-8601 date-times (never epoch numbers) and no
 * {@code null} members, since the contract's optional fields are absent rather than null.
 */
final class Json implements ContextResolver<ObjectMapper> {

    static final ObjectMapper MAPPER =
            JsonMapper.builder()
                    .addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .defaultPropertyInclusion(
                            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                    .build();

    /** Immutable and thread-safe, so one serves every response. */
    private static final ObjectWriter WRITER = MAPPER.writer();

    /**
     * A response body, serialised here rather than by Jersey's Jackson provider: the provider
     * looks up the mapper and builds a writer for every response, and the bytes are the same.
     * Jersey writes a {@code byte[]} entity as it is.
     */
    static byte[] bytes(Object body) {
        try {
            return WRITER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a generated model that cannot be written as JSON", e);
        }
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return MAPPER;
    }
}

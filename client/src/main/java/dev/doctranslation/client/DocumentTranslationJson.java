package dev.doctranslation.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.doctranslation.client.models.Status;
import java.io.IOException;

/**
 * How the SDK reads the contract's JSON, for tools that must read it the same way (the validator,
 * the conformance kit): unknown fields ignored, unknown enum values kept as
 * {@code UNKNOWN_DEFAULT_OPEN_API}, the page's spelling {@code Canceled} read as
 * {@link Status#CANCELLED}, java.time for date-times.
 */
public final class DocumentTranslationJson {
    static final ObjectMapper MAPPER = newMapper();

    private DocumentTranslationJson() {}

    /** A new, independently configurable mapper with the SDK's reading rules. */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("doctranslation-status-aliases").addDeserializer(Status.class, new StatusReader()))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .build();
    }

    static JsonNode tree(byte[] body) throws IOException {
        return MAPPER.readTree(body);
    }

    /** Reads a status, mapping the page's {@code Canceled} to the wire value {@code Cancelled}. */
    private static final class StatusReader extends StdDeserializer<Status> {
        private static final long serialVersionUID = 1L;

        StatusReader() {
            super(Status.class);
        }

        @Override
        public Status deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            return "Canceled".equals(text) ? Status.CANCELLED : Status.fromValue(text);
        }
    }
}

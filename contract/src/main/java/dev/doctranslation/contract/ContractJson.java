package dev.doctranslation.contract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.doctranslation.contract.models.Status;
import java.io.IOException;
import java.time.OffsetDateTime;

/**
 * How the contract's JSON is read, the same way by the SDK, the validator, the mock's tests and
 * the kit: unknown fields ignored, unknown enum values kept as {@code UNKNOWN_DEFAULT_OPEN_API},
 * the page's spelling {@code Canceled} read as {@link Status#CANCELLED} ({@link Statuses#read}),
 * java.time for date-times, offsets kept as sent (read by {@link DateTimeReader}).
 */
public final class ContractJson {
    private ContractJson() {}

    /** A new, independently configurable mapper with the contract's reading rules. */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("doctranslation-status-aliases").addDeserializer(Status.class, new StatusReader()))
                // After JavaTimeModule, so it replaces that module's reader for OffsetDateTime.
                .addModule(new SimpleModule("doctranslation-date-times").addDeserializer(OffsetDateTime.class, new DateTimeReader()))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .build();
    }

    /** Reads a status through {@link Statuses#read}, so the page's {@code Canceled} is {@code Cancelled}. */
    private static final class StatusReader extends StdDeserializer<Status> {
        private static final long serialVersionUID = 1L;

        StatusReader() {
            super(Status.class);
        }

        @Override
        public Status deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return Statuses.read(parser.getValueAsString());
        }
    }
}

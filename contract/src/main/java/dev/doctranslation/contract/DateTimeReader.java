package dev.doctranslation.contract;

import com.ethlo.time.ITU;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;

/**
 * Reads the contract's date-times ({@code format: date-time}, RFC 3339) with ethlo's parser rather
 * than java.time's {@code ISO_OFFSET_DATE_TIME} formatter, which Jackson uses and which took a fifth
 * of validating a whole answer (the benchmarks' findings). Only the plain form goes this way
 * ({@code 2021-03-23T07:03:30.0136310Z}: a {@code T}, an offset, no space around); anything else,
 * and anything ethlo refuses, goes to Jackson's own reader, so what is accepted, what is refused and
 * the value read (the offset as sent) are as before. {@code ContractJsonTest} compares the two on
 * every form.
 */
final class DateTimeReader extends StdDeserializer<OffsetDateTime> implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;

    private final JsonDeserializer<OffsetDateTime> jackson;

    DateTimeReader() {
        this(InstantDeserializer.OFFSET_DATE_TIME);
    }

    private DateTimeReader(JsonDeserializer<OffsetDateTime> jackson) {
        super(OffsetDateTime.class);
        this.jackson = jackson;
    }

    @Override
    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            String text = parser.getText();
            if (isPlain(text)) {
                try {
                    return ITU.parseDateTime(text);
                } catch (DateTimeException e) {
                    // Jackson's reader decides, and words the error as it always has.
                }
            }
        }
        return jackson.deserialize(parser, context);
    }

    /** A property with its own {@code @JsonFormat} is read by Jackson alone, as it asks. */
    @Override
    @SuppressWarnings("unchecked")
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
            throws JsonMappingException {
        JsonDeserializer<?> contextual = jackson instanceof ContextualDeserializer c
                ? c.createContextual(context, property) : jackson;
        return contextual == jackson ? this : contextual;
    }

    private static boolean isPlain(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(10) != 'T') {
            return false;
        }
        char last = text.charAt(length - 1);
        return Character.isDigit(text.charAt(0)) && (last == 'Z' || Character.isDigit(last));
    }
}

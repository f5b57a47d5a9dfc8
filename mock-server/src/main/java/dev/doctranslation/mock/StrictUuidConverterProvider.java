package dev.doctranslation.mock;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads a UUID parameter only in its canonical 8-4-4-4-12 form, in either letter case.
 * {@link UUID#fromString} alone would take "1-2-3-4-5"; the contract says a UUID of at most 36
 * characters, so anything else is a malformed id (400 InvalidArgument), not an unknown one.
 */
final class StrictUuidConverterProvider implements ParamConverterProvider {

    private static final Pattern CANONICAL =
            Pattern.compile(
                    "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final ParamConverter<UUID> STRICT =
            new ParamConverter<>() {
                @Override
                public UUID fromString(String value) {
                    if (value == null || !CANONICAL.matcher(value).matches()) {
                        throw new IllegalArgumentException("not a UUID");
                    }
                    return UUID.fromString(value);
                }

                @Override
                public String toString(UUID value) {
                    return value.toString();
                }
            };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(
            Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == UUID.class ? (ParamConverter<T>) STRICT : null;
    }
}

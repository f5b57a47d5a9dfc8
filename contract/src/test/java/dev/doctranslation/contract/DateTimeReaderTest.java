package dev.doctranslation.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.doctranslation.contract.models.TranslationStatus;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract's date-time reader accepts, refuses and reads exactly what Jackson's own java.time
 * reader does, on every combination of the forms RFC 3339 and ISO 8601 allow and a few they do not.
 */
class DateTimeReaderTest {
    private static final ObjectMapper CONTRACT = ContractJson.newMapper();
    private static final ObjectMapper JACKSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    @Test
    void everyFormIsReadAsJacksonsOwnReaderReadsIt() {
        List<String> forms = new ArrayList<>();
        for (String date : List.of("2021-03-23", "2024-02-29", "2023-02-29", "2021-13-01", "2021-03-32", "21-03-23")) {
            for (String separator : List.of("T", "t", " ")) {
                for (String time : List.of("07:03", "07:03:30", "07:03:30.0", "07:03:30.013631", "07:03:30.0136310",
                        "07:03:30.123456789", "07:03:30.1234567891", "23:59:60", "24:00:00", "07:03:30.", "7:03:30")) {
                    for (String offset : List.of("Z", "z", "+00:00", "-00:00", "+05:30", "-08:00", "+0530", "+05", "",
                            "+18:00", "+19:00", "[UTC]")) {
                        forms.add(date + separator + time + offset);
                    }
                }
            }
        }
        forms.addAll(List.of(" 2021-03-23T07:03:30Z", "2021-03-23T07:03:30Z ", "", "now", "1616483010"));

        int plain = 0;
        for (String form : forms) {
            Outcome expected = read(JACKSON, form);
            assertThat(read(CONTRACT, form)).as(form).isEqualTo(expected);
            plain += expected.value != null && form.contains("T") ? 1 : 0;
        }
        assertThat(plain).as("forms both read to a value").isGreaterThan(100);
    }

    @Test
    void theModelsDateTimesAreReadWithTheirOffsetAsSent() throws Exception {
        TranslationStatus status = CONTRACT.readValue("{\"createdDateTimeUtc\": \"2021-03-23T07:03:30.0136310+05:30\","
                + " \"lastActionDateTimeUtc\": \"2021-03-23T07:03:31Z\"}", TranslationStatus.class);

        assertThat(status.getCreatedDateTimeUtc())
                .isEqualTo(OffsetDateTime.of(2021, 3, 23, 7, 3, 30, 13_631_000, ZoneOffset.ofHoursMinutes(5, 30)));
        assertThat(status.getLastActionDateTimeUtc()).isEqualTo(OffsetDateTime.of(2021, 3, 23, 7, 3, 31, 0, ZoneOffset.UTC));
    }

    private static Outcome read(ObjectMapper mapper, String form) {
        try {
            return new Outcome(mapper.readValue(mapper.writeValueAsString(form), OffsetDateTime.class), false);
        } catch (Exception e) {
            return new Outcome(null, true);
        }
    }

    private record Outcome(OffsetDateTime value, boolean refused) {
    }
}

package dev.doctranslation.client;

import dev.doctranslation.contract.ObservedResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StrictModeTest extends ClientTestBase {

    @Test
    void theValidatorSeesTheRawAnswerAndCanRejectIt() {
        enqueue(200, Bodies.status("Cancelling"));
        List<ObservedResponse> seen = new ArrayList<>();
        DocumentTranslationClient client = builder().strict(response -> {
            seen.add(response);
            return List.of("$.summary: total 10 != 4 + 1 + 0 + 0 + 5");
        }).build();

        InvalidResponseException e = catchThrowableOfType(InvalidResponseException.class,
                () -> client.cancelTranslation(UUID.fromString(Bodies.ID)));

        assertThat(e.violations()).containsExactly("$.summary: total 10 != 4 + 1 + 0 + 0 + 5");
        assertThat(e.getMessage()).contains("breaks the contract", "total 10 != 4 + 1 + 0 + 0 + 5");
        assertThat(seen).singleElement().satisfies(r -> {
            assertThat(r.operationId()).isEqualTo("cancelTranslation");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("\"Cancelling\"");
        });
    }

    @Test
    void anAcceptingValidatorLetsTheAnswerThrough() {
        enqueue(200, Bodies.status("Cancelling"));

        assertThat(builder().strict(response -> List.of()).build().cancelTranslation(UUID.fromString(Bodies.ID)))
                .isNotNull();
    }
}

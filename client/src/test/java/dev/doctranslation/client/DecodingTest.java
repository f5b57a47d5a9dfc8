package dev.doctranslation.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.doctranslation.contract.models.Status;
import dev.doctranslation.contract.models.TranslationStatus;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DecodingTest extends ClientTestBase {

    @Test
    void decodesTheSeedPagesSuccessExample() {
        enqueue(200, Bodies.PAGE_200);

        Response<TranslationStatus> response = client().cancelTranslationWithResponse(UUID.fromString(Bodies.ID));

        TranslationStatus status = response.value();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("content-type")).contains("application/json");
        assertThat(status.getId()).isEqualTo(UUID.fromString(Bodies.ID));
        assertThat(status.getCreatedDateTimeUtc()).isEqualTo(OffsetDateTime.parse("2020-03-26T00:00:00Z"));
        assertThat(status.getLastActionDateTimeUtc()).isEqualTo(OffsetDateTime.parse("2020-03-26T01:00:00Z"));
        assertThat(status.getStatus()).isEqualTo(Status.SUCCEEDED);
        assertThat(status.getSummary().getTotal()).isEqualTo(10);
        assertThat(status.getSummary().getFailed()).isEqualTo(1);
        assertThat(status.getSummary().getSuccess()).isEqualTo(9);
        assertThat(status.getSummary().getInProgress()).isZero();
        assertThat(status.getSummary().getNotYetStarted()).isZero();
        assertThat(status.getSummary().getCancelled()).isZero();
        assertThat(status.getSummary().getTotalCharacterCharged()).isZero();
    }

    @Test
    void upperCaseIdsAreAcceptedBothWays() throws Exception {
        String upper = Bodies.ID.toUpperCase();
        enqueue(200, Bodies.status(upper, "Cancelling", 0));

        TranslationStatus status = client().cancelTranslation(UUID.fromString(upper));

        assertThat(status.getId()).isEqualTo(UUID.fromString(Bodies.ID));
        assertThat(server.takeRequest().getTarget()).endsWith("/batches/" + Bodies.ID);
    }

    @Test
    void thePagesSpellingCanceledIsReadAsCancelled() {
        enqueue(200, Bodies.status("Canceled"));

        assertThat(client().getTranslationStatus(UUID.fromString(Bodies.ID)).getStatus()).isEqualTo(Status.CANCELLED);
    }

    @Test
    void aCharacterChargeAboveTwoToTheThirtyOneStaysIntact() {
        enqueue(200, Bodies.status(Bodies.ID, "Cancelled", 5_000_000_000L));

        assertThat(client().getTranslationStatus(UUID.fromString(Bodies.ID)).getSummary().getTotalCharacterCharged())
                .isEqualTo(5_000_000_000L);
    }

    @Test
    void unknownFieldsAreIgnoredAndUnknownStatusesKept() {
        enqueue(200, Bodies.status("Paused").replace("\"summary\"", "\"newField\": {\"x\": 1}, \"summary\""));

        TranslationStatus status = client().getTranslationStatus(UUID.fromString(Bodies.ID));

        assertThat(status.getStatus()).isEqualTo(Status.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(status.getSummary().getTotal()).isEqualTo(10);
    }
}

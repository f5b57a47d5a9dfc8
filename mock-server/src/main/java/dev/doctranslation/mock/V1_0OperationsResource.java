package dev.doctranslation.mock;

import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.mock.generated.v1_0.api.BatchesApi;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * The provider of v1.0's operations, at {@code /translator/text/batch/v1.0}: the interface generated from
 * v1.0's spec, answered by {@link OperationAnswers} exactly as the preview's route answers (the
 * versions share their shapes). The class-level path is the spec's servers[0] path, checked
 * against the spec by a test. Public, as Jersey calls its methods by reflection.
 */
@Path(V1_0OperationsResource.PATH)
@Singleton
public final class V1_0OperationsResource implements BatchesApi {

    static final ServiceVersion VERSION = ServiceVersion.V1_0;
    static final String PATH = "/translator/text/batch/v1.0";

    private final OperationAnswers answers;

    @Inject
    V1_0OperationsResource(OperationAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Response cancelTranslation(UUID id) {
        return answers.cancel(VERSION, id);
    }

    @Override
    public Response getTranslationStatus(UUID id) {
        return answers.status(VERSION, id);
    }
}

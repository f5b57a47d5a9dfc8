package dev.doctranslation.mock;

import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.mock.generated.api.BatchesApi;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * The provider of the preview's (v1.0-preview.1) operations. It implements the interface generated
 * from the preview's spec, whose methods carry the routes: an operation added, removed or changed
 * in the spec stops this class from compiling. The class-level path is the spec's base path
 * (servers[0]), checked against the spec by a test. The answers are {@link OperationAnswers}',
 * shared with every other version's route. Public, as Jersey calls its methods by reflection.
 */
@Path(MockServer.BASE_PATH)
@Singleton
public final class TranslationOperationsResource implements BatchesApi {

    static final ServiceVersion VERSION = ServiceVersion.V1_0_PREVIEW_1;

    private final OperationAnswers answers;

    @Inject
    TranslationOperationsResource(OperationAnswers answers) {
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

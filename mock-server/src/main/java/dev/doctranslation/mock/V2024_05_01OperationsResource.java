package dev.doctranslation.mock;

import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.mock.generated.v2024_05_01.api.BatchesApi;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * The provider of 2024-05-01's operations, at {@code /translator/document/batches/{id}?api-version=2024-05-01}:
 * the interface generated from 2024-05-01's spec, answered by {@link OperationAnswers} in the Azure
 * Core generation's shapes. The {@code api-version} parameter has been checked before the method
 * runs ({@link ApiVersionFilter}, which reads the query as sent: the generated parameter's default
 * would hide a missing one), so it is not read here. The class-level path is the spec's servers[0]
 * path, checked against the spec by a test. Public, as Jersey calls its methods by reflection.
 */
@Path(V2024_05_01OperationsResource.PATH)
@Singleton
public final class V2024_05_01OperationsResource implements BatchesApi {

    static final ServiceVersion VERSION = ServiceVersion.V2024_05_01;
    static final String PATH = "/translator/document";

    private final OperationAnswers answers;

    @Inject
    V2024_05_01OperationsResource(OperationAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Response cancelTranslation(UUID id, String apiVersion) {
        return answers.cancel(VERSION, id);
    }

    @Override
    public Response getTranslationStatus(UUID id, String apiVersion) {
        return answers.status(VERSION, id);
    }
}

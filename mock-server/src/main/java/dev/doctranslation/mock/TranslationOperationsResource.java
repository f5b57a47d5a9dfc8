package dev.doctranslation.mock;

import dev.doctranslation.mock.generated.api.BatchesApi;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * The provider of the contract's operations. It implements the interface generated from the spec,
 * whose methods carry the routes: an operation added, removed or changed in the spec stops this
 * class from compiling. The class-level path is the spec's base path (servers[0]), checked
 * against the spec by a test. Public, as Jersey calls its methods by reflection.
 */
@Path(MockServer.BASE_PATH)
@Singleton
public final class TranslationOperationsResource implements BatchesApi {

    private final OperationStore store;
    private final Operations operations;

    @Inject
    TranslationOperationsResource(OperationStore store, Operations operations) {
        this.store = store;
        this.operations = operations;
    }

    @Override
    public Response cancelTranslation(UUID id) {
        return store
                .find(id)
                .map(operation -> cancel(operation))
                .orElseGet(() -> ErrorResponses.notFound(id));
    }

    @Override
    public Response getTranslationStatus(UUID id) {
        return store
                .find(id)
                .map(operation -> ok(operation.snapshot(operations.now())))
                .orElseGet(() -> ErrorResponses.notFound(id));
    }

    private Response cancel(TranslationOperation operation) {
        CancelOutcome outcome = operation.cancel(operations.now());
        if (outcome instanceof CancelOutcome.Accepted accepted) {
            return ok(accepted.snapshot());
        }
        return ErrorResponses.cannotCancel(((CancelOutcome.Refused) outcome).status());
    }

    private static Response ok(OperationSnapshot snapshot) {
        return Response.ok(Json.bytes(snapshot.toModel()), MediaType.APPLICATION_JSON_TYPE).build();
    }
}

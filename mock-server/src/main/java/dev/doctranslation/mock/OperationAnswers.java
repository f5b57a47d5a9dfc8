package dev.doctranslation.mock;

import dev.doctranslation.contract.ContractHeaders;
import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.contract.ServiceVersion.ErrorEnvelope;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The two operations, once, for every version's route: each version's resource implements the
 * interface generated from its own spec and hands the call here with its version. One store lies
 * behind them all, so an operation arranged once is seen, and cancelled, through every route; only
 * the shape of the answer depends on the version.
 *
 * <p>The v1.x versions answer exactly as the preview always has. The Azure Core generation
 * (2024-05-01) adds what the live service sends with its 200 answers: {@code Retry-After: 1} on
 * both, and on the status also an {@code ETag} (a digest of the body, so it changes exactly when the
 * status does) and {@code Cache-Control: public, max-age=1}.
 */
final class OperationAnswers {

    /** The Retry-After the live service sends with a 200 of the Azure Core generation. */
    static final String SUCCESS_RETRY_AFTER_SECONDS = "1";
    static final String STATUS_CACHE_CONTROL = "public, max-age=1";

    private final OperationStore store;
    private final Operations operations;

    OperationAnswers(OperationStore store, Operations operations) {
        this.store = store;
        this.operations = operations;
    }

    Response cancel(ServiceVersion version, UUID id) {
        ErrorEnvelope envelope = version.errorEnvelope();
        return store.find(id).map(operation -> {
            CancelOutcome outcome = operation.cancel(operations.now());
            if (outcome instanceof CancelOutcome.Accepted accepted) {
                store.cancelled(operation);
                Response.ResponseBuilder ok = ok(accepted.snapshot());
                if (azureCoreGeneration(version)) {
                    ok.header(ContractHeaders.RETRY_AFTER, SUCCESS_RETRY_AFTER_SECONDS);
                }
                return ok.build();
            }
            return ErrorResponses.cannotCancel(envelope, ((CancelOutcome.Refused) outcome).status());
        }).orElseGet(() -> ErrorResponses.notFound(envelope, id));
    }

    Response status(ServiceVersion version, UUID id) {
        return store.find(id).map(operation -> {
            byte[] body = Json.bytes(operation.snapshot(operations.now()).toModel());
            Response.ResponseBuilder ok = Response.ok(body, MediaType.APPLICATION_JSON_TYPE);
            if (azureCoreGeneration(version)) {
                ok.header(ContractHeaders.RETRY_AFTER, SUCCESS_RETRY_AFTER_SECONDS)
                        .tag(new EntityTag(digest(body)))
                        .header("Cache-Control", STATUS_CACHE_CONTROL);
            }
            return ok.build();
        }).orElseGet(() -> ErrorResponses.notFound(version.errorEnvelope(), id));
    }

    private static Response.ResponseBuilder ok(OperationSnapshot snapshot) {
        return Response.ok(Json.bytes(snapshot.toModel()), MediaType.APPLICATION_JSON_TYPE);
    }

    /** The versions whose answers follow Azure Core, the extra success headers included. */
    private static boolean azureCoreGeneration(ServiceVersion version) {
        return version.errorEnvelope() == ErrorEnvelope.AZURE_CORE;
    }

    /** Upper-case hex SHA-256 of the body, as the live service's ETags look. */
    private static String digest(byte[] body) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

package dev.doctranslation.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.doctranslation.contract.models.TranslationErrorCode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pact's state-change convention: {@code POST /_states} with {@code {"state", "params",
 * "action"}}. Outside the API base path, as a test harness endpoint: a real service has none. It
 * needs no key on loopback; beyond it, {@link ControlAccess} asks for the key or the admin token.
 * {@code GET /_states} lists the states and their params. Public, as Jersey calls its methods by
 * reflection.
 */
@Path(MockServer.STATES_PATH)
@Produces(MediaType.APPLICATION_JSON)
@Singleton
public final class ProviderStatesResource {

    private static final int MAX_ECHOED_NAME = 100;

    private final ProviderStates states;

    @Inject
    ProviderStatesResource(ProviderStates states) {
        this.states = states;
    }

    @GET
    public Response list() {
        Map<String, Object> listing = new LinkedHashMap<>();
        states.all().forEach(state -> listing.put(state.name(), Map.of("params", state.params())));
        return json(Map.of("states", listing));
    }

    /** The body is read as text, so that malformed JSON gets the contract's error shape too. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(String body) {
        JsonNode request;
        try {
            request = Json.MAPPER.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            return ErrorResponses.invalidArgument("body", "The body is not JSON.");
        }
        if (request == null || !request.isObject()) {
            return ErrorResponses.invalidArgument("body", "The body must be a JSON object.");
        }
        JsonNode name = request.get("state");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            return ErrorResponses.invalidArgument("state", "'state' must be a non-empty string.");
        }
        String action = request.path("action").asText("setup");
        if (!action.equals("setup") && !action.equals("teardown")) {
            return ErrorResponses.invalidArgument(
                    "action", "'action' must be \"setup\" or \"teardown\".");
        }
        JsonNode params = request.get("params");
        if (params == null || params.isNull()) {
            params = JsonNodeFactory.instance.objectNode();
        } else if (!params.isObject()) {
            return ErrorResponses.invalidArgument("params", "'params' must be a JSON object.");
        }
        ProviderState state = states.find(name.asText()).orElse(null);
        if (state == null) {
            return ErrorResponses.error(
                    501,
                    TranslationErrorCode.INVALID_REQUEST,
                    "Unknown provider state '" + shorten(name.asText()) + "'; this provider supports: "
                            + states.names() + ".",
                    "state");
        }
        try {
            if (action.equals("teardown")) {
                state.teardown(new StateParams(params));
                return json(Map.of());
            }
            return json(state.setup(new StateParams(params)));
        } catch (InvalidArrangementException e) {
            return ErrorResponses.invalidArgument("params." + e.parameter(), e.getMessage());
        }
    }

    /** As every answer of the mock: written by {@link Json}, handed to Jersey as bytes. */
    private static Response json(Map<String, ?> body) {
        return Response.ok(Json.bytes(body), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static String shorten(String text) {
        return text.length() <= MAX_ECHOED_NAME ? text : text.substring(0, MAX_ECHOED_NAME) + "...";
    }
}

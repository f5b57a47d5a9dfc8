package dev.doctranslation.mock;

import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.contract.models.TranslationErrorCode;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.List;

/**
 * The {@code api-version} query parameter of a version that asks for one (2024-05-01): missing, or
 * any other value, is a 400 in the version's envelope that names the supported value, with the
 * codes and messages of the Azure REST API guidelines ({@code MissingApiVersionParameter},
 * {@code UnsupportedApiVersionValue}). Runs after the credential check, so a caller without a
 * credential learns nothing more than 401, and before the id is read, as the service reads the
 * version before anything else of the request. The value is compared exactly: an api-version is a
 * date, with no letter case to ignore. A repeated parameter is accepted only when every value is
 * the supported one.
 */
final class ApiVersionFilter implements ContainerRequestFilter {

    private final ServiceVersion version;
    private final String supported;

    ApiVersionFilter(ServiceVersion version) {
        this.version = version;
        this.supported = version.apiVersionQuery()
                .orElseThrow(() -> new IllegalArgumentException(version + " has no api-version query parameter"));
    }

    @Override
    public void filter(ContainerRequestContext request) {
        List<String> values = request.getUriInfo().getQueryParameters().get(ServiceVersion.API_VERSION_PARAMETER);
        if (values == null || values.isEmpty()) {
            request.abortWith(new ContractError(
                            400,
                            TranslationErrorCode.INVALID_REQUEST,
                            "The api-version query parameter (?api-version=) is required for all requests; this route"
                                    + " supports api-version '" + supported + "'.")
                    .withTarget(ServiceVersion.API_VERSION_PARAMETER)
                    .withAzureCode("MissingApiVersionParameter")
                    .response(version.errorEnvelope()));
            return;
        }
        for (String value : values) {
            if (!supported.equals(value)) {
                request.abortWith(new ContractError(
                                400,
                                TranslationErrorCode.INVALID_REQUEST,
                                "Unsupported api-version '" + shorten(value) + "'. The supported api-versions are '"
                                        + supported + "'.")
                        .withTarget(ServiceVersion.API_VERSION_PARAMETER)
                        .withAzureCode("UnsupportedApiVersionValue")
                        .response(version.errorEnvelope()));
                return;
            }
        }
    }

    /** An echoed value stays short: the message must stay within the contract's maxLength. */
    private static String shorten(String value) {
        return value.length() <= 64 ? value : value.substring(0, 64) + "...";
    }
}

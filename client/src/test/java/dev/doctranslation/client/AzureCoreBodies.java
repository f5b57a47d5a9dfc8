package dev.doctranslation.client;

/** Error bodies of the 2024-05-01 version, in Azure Core's shape. */
final class AzureCoreBodies {
    private AzureCoreBodies() {}

    static String error(String code, String message) {
        return "{\"error\": {\"code\": \"" + code + "\", \"message\": \"" + message + "\"}}";
    }

    /**
     * Everything the envelope can carry: target, nested details, a two-link innererror chain; and
     * a detail without its required message, which the client leaves out.
     */
    static final String FULL = """
            {
              "error": {
                "code": "InvalidRequest",
                "message": "The request is invalid.",
                "target": "request",
                "details": [
                  {"code": "InvalidArgument", "message": "The parameter 'api-version' is not supported.",
                   "target": "api-version",
                   "details": [{"code": "UnsupportedValue", "message": "2099-01-01 is not a version."}]},
                  {"code": "SomethingNoSpecLists", "message": "A second reason."},
                  {"code": "DetailWithoutMessage"}
                ],
                "innererror": {"code": "InvalidOperationState", "innererror": {"code": "AlreadyCancelling"}}
              }
            }""";
}

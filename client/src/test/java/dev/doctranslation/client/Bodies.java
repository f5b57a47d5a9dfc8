package dev.doctranslation.client;

/** Response bodies used across the tests; the first two are the seed page's own examples. */
final class Bodies {
    static final String PAGE_200 = """
            {
              "id": "727bf148-f327-47a0-9481-abae6362f11e",
              "createdDateTimeUtc": "2020-03-26T00:00:00Z",
              "lastActionDateTimeUtc": "2020-03-26T01:00:00Z",
              "status": "Succeeded",
              "summary": {
                "total": 10,
                "failed": 1,
                "success": 9,
                "inProgress": 0,
                "notYetStarted": 0,
                "cancelled": 0,
                "totalCharacterCharged": 0
              }
            }""";

    static final String PAGE_500 = """
            {
              "error": {
                "code": "InternalServerError",
                "message": "Internal Server Error",
                "target": "Operation",
                "innerError": {
                  "code": "InternalServerError",
                  "message": "Unexpected internal server error has occurred"
                }
              }
            }""";

    static final String ID = "727bf148-f327-47a0-9481-abae6362f11e";

    private Bodies() {}

    static String status(String status) {
        return status(ID, status, 0L);
    }

    static String status(String id, String status, long charged) {
        return """
                {"id": "%s", "createdDateTimeUtc": "2020-03-26T00:00:00Z",
                 "lastActionDateTimeUtc": "2020-03-26T00:10:00Z", "status": "%s",
                 "summary": {"total": 10, "failed": 1, "success": 4, "inProgress": 0, "notYetStarted": 0,
                             "cancelled": 5, "totalCharacterCharged": %d}}""".formatted(id, status, charged);
    }

    static String error(String code, String message) {
        return "{\"error\": {\"code\": \"" + code + "\", \"message\": \"" + message + "\"}}";
    }
}

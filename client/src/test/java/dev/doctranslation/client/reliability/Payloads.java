package dev.doctranslation.client.reliability;

import java.util.UUID;

/** Bodies the fault server answers with. */
final class Payloads {
    /** Shaped like a real key (32 hex digits, a letter first) so parsers read it as one token. */
    static final String KEY = "f3a9c0d1e2b34a5f8c6d7e8f9a0b1c2d";

    private Payloads() {}

    static String status(UUID id, String status) {
        return """
                {"id": "%s", "createdDateTimeUtc": "2026-11-28T11:00:00Z",
                 "lastActionDateTimeUtc": "2026-11-28T11:30:00Z", "status": "%s",
                 "summary": {"total": 10, "failed": 1, "success": 4, "inProgress": 0, "notYetStarted": 0,
                             "cancelled": 5, "totalCharacterCharged": 1234}}""".formatted(id, status);
    }

    static String error(String code, String message) {
        return "{\"error\": {\"code\": \"" + code + "\", \"message\": \"" + message + "\"}}";
    }

    /** A valid status whose unknown field {@code padding} makes it about {@code bytes} long. */
    static String paddedStatus(UUID id, String status, int bytes) {
        String base = status(id, status);
        return base.substring(0, base.length() - 1) + ", \"padding\": \"" + "x".repeat(bytes) + "\"}";
    }

    /** The documented error, padded with an unknown field to about {@code bytes}. */
    static String paddedError(String code, String message, int bytes) {
        return "{\"error\": {\"code\": \"" + code + "\", \"message\": \"" + message + "\", \"padding\": \""
                + "y".repeat(bytes) + "\"}}";
    }
}

package dev.doctranslation.client;

/**
 * How much of each exchange the client logs through SLF4J (logger
 * {@code dev.doctranslation.client.http}, at DEBUG). The subscription key is never logged, at any
 * level.
 */
public enum LogLevel {
    /** Nothing (the default). */
    NONE,
    /** Request line, status code and time taken. */
    BASIC,
    /** BASIC plus the headers, with the subscription key left out. */
    HEADERS,
    /** HEADERS plus the bodies. */
    BODY
}

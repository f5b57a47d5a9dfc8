package dev.doctranslation.mock;

/** A fault one API request gets instead of its answer: 429 or 503, with a Retry-After. */
record Fault(int status, int retryAfterSeconds) {

    static final int TOO_MANY_REQUESTS = 429;
    static final int SERVICE_UNAVAILABLE = 503;
}

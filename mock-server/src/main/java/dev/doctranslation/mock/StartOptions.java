package dev.doctranslation.mock;

import java.time.Duration;

/** The standalone jar's settings, read from its command line by {@link MockCommand} and checked. */
record StartOptions(
        String host,
        int port,
        String keyEnv,
        Duration pace,
        Duration cancelSettleDelay,
        int demoOperations,
        Duration latency,
        int throttleEvery,
        int unavailableEvery,
        int unavailableBurst,
        int retryAfterSeconds,
        boolean requestLog,
        Duration headerReadTimeout,
        String adminTokenEnv,
        RecordedBehaviour recorded,
        StoreRetention retention) {}

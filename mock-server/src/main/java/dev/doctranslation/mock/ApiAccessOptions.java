package dev.doctranslation.mock;

import java.nio.file.Path;

/**
 * The standalone's settings for the versions' credentials and TLS, read by {@link MockCommand}
 * apart from {@link StartOptions}: the environment variable holding the bearer token 2024-05-01
 * accepts, whether to serve https, and where to write the certificate's PEM (null: a temporary
 * file, deleted at stop).
 */
record ApiAccessOptions(String bearerTokenEnv, boolean tls, Path tlsCertificateOut) {}

package dev.doctranslation.mock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A running mock's TLS material: the certificate made at start and the PEM file written for
 * clients. A PEM the mock put in the temporary folder itself is deleted at stop; one written where
 * the user asked stays, as any output a user names does.
 */
final class TlsFiles implements AutoCloseable {

    private final SelfSignedCertificate certificate;
    private final Path certificatePem;
    private final boolean ownsFile;

    private TlsFiles(SelfSignedCertificate certificate, Path certificatePem, boolean ownsFile) {
        this.certificate = certificate;
        this.certificatePem = certificatePem;
        this.ownsFile = ownsFile;
    }

    /** Makes the certificate for {@code host} and writes its PEM to {@code out}, or to a new temporary file if null. */
    static TlsFiles create(String host, Path out) {
        SelfSignedCertificate certificate = SelfSignedCertificate.create(host);
        Path file = out;
        if (file == null) {
            try {
                file = Files.createTempFile("doctranslation-mock-", ".pem");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a temporary file for the mock's TLS certificate", e);
            }
        }
        certificate.writePem(file);
        return new TlsFiles(certificate, file.toAbsolutePath(), out == null);
    }

    SelfSignedCertificate certificate() {
        return certificate;
    }

    Path certificatePem() {
        return certificatePem;
    }

    @Override
    public void close() {
        if (ownsFile) {
            try {
                Files.deleteIfExists(certificatePem);
            } catch (IOException e) {
                // A leftover public certificate in the temporary folder harms nobody; stopping goes on.
            }
        }
    }
}

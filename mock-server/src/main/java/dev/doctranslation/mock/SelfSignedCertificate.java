package dev.doctranslation.mock;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The certificate the mock serves https with: made at start, self-signed, for the names a client
 * on this machine uses ({@code localhost}, {@code 127.0.0.1}, {@code ::1}) and the address the mock
 * listens on when that is a specific one. A client trusts it by trusting the PEM the mock writes
 * (its path is printed at start): no private key ever leaves the process, and a new one is made
 * at every start, so nothing long-lived can leak.
 *
 * <p>An EC P-256 key (fast to make, every TLS client takes it) signed with SHA256withECDSA. Bouncy
 * Castle builds and encodes the certificate only; the key pair and the signature come from the
 * JDK's own providers, so Bouncy Castle is never registered as a security provider. The extensions
 * are those that strict validators (OpenSSL's X509_STRICT, as recent Python uses) ask of a
 * self-signed server certificate: not a CA, digital signature, server authentication, the subject
 * and authority key identifiers.
 */
final class SelfSignedCertificate {

    /** Valid from an hour ago (clocks differ) for a year: longer than any test run or container. */
    private static final Duration BACKDATED = Duration.ofHours(1);
    private static final Duration VALIDITY = Duration.ofDays(365);
    private static final String SUBJECT = "CN=doctranslation-mock";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final X509Certificate certificate;
    private final SSLContext sslContext;

    private SelfSignedCertificate(X509Certificate certificate, SSLContext sslContext) {
        this.certificate = certificate;
        this.sslContext = sslContext;
    }

    /** A new key and certificate for loopback names and {@code host} (the address the mock listens on). */
    static SelfSignedCertificate create(String host) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            KeyPair keys = generator.generateKeyPair();
            X509Certificate certificate = sign(keys, subjectAlternativeNames(host));
            char[] password = SubscriptionKey.generate().toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("mock", keys.getPrivate(), password, new Certificate[] {certificate});
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), null, RANDOM);
            return new SelfSignedCertificate(certificate, context);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot make the mock's self-signed TLS certificate", e);
        }
    }

    SSLContext sslContext() {
        return sslContext;
    }

    X509Certificate certificate() {
        return certificate;
    }

    /** The certificate (never the key) as PEM text. */
    String pem() {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(certificate);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the certificate as PEM", e);
        }
        return text.toString();
    }

    /** Writes {@link #pem()} to {@code file}, replacing what is there; creates missing parent folders. */
    void writePem(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, pem(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the mock's TLS certificate to " + file, e);
        }
    }

    private static X509Certificate sign(KeyPair keys, GeneralNames names)
            throws GeneralSecurityException, IOException, OperatorCreationException {
        Instant now = Instant.now();
        X500Name subject = new X500Name(SUBJECT);
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                        subject,
                        new BigInteger(63, RANDOM).add(BigInteger.ONE),
                        Date.from(now.minus(BACKDATED)),
                        Date.from(now.plus(VALIDITY)),
                        subject,
                        keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                .addExtension(Extension.subjectAlternativeName, false, names)
                .addExtension(Extension.subjectKeyIdentifier, false,
                        extensions.createSubjectKeyIdentifier(keys.getPublic()))
                .addExtension(Extension.authorityKeyIdentifier, false,
                        extensions.createAuthorityKeyIdentifier(keys.getPublic()));
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
    }

    /**
     * Loopback by name and address, and {@code host} unless it is the wildcard (which no client
     * connects to by that name) or already there: as an address if it is an IP literal, else as a name.
     */
    static GeneralNames subjectAlternativeNames(String host) {
        Set<GeneralName> names = new LinkedHashSet<>(List.of(
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                new GeneralName(GeneralName.iPAddress, "::1")));
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!literal.isBlank() && !isWildcard(literal)) {
            names.add(isIpLiteral(literal)
                    ? new GeneralName(GeneralName.iPAddress, literal)
                    : new GeneralName(GeneralName.dNSName, literal));
        }
        return new GeneralNames(names.toArray(GeneralName[]::new));
    }

    private static boolean isWildcard(String literal) {
        return literal.equals("0.0.0.0") || literal.equals("::") || literal.equals("0:0:0:0:0:0:0:0");
    }

    /** An IPv4 or IPv6 literal, told apart from a name without any lookup. */
    private static boolean isIpLiteral(String literal) {
        if (literal.contains(":")) {
            return true;
        }
        if (!literal.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return false;
        }
        try {
            // A literal is parsed, never looked up.
            return InetAddress.getByName(literal) != null;
        } catch (IOException e) {
            return false;
        }
    }
}

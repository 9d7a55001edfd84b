package hep.capsule.internal.signatures;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

/**
 * An RFC 3161 time-stamping authority reached over HTTP: the only network use of Capsule. It is sent the SHA-512 of a
 * signature (the CMS signature value, or the OpenPGP signature file), never the signature itself or the archive.
 */
public final class TimeStampAuthority {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI url;
    private final HttpClient http;

    public TimeStampAuthority(URI url) {
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("the time-stamping authority must be an http or https URL, not " + url);
        }
        this.url = url;
        this.http = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public URI url() {
        return url;
    }

    /** @return the DER token whose message imprint is the SHA-512 of {@code signature}, checked against the request */
    public byte[] stamp(byte[] signature) throws SigningException {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request =
                generator.generate(TSPAlgorithms.SHA512, sha512(signature), new BigInteger(64, new SecureRandom()));
        byte[] reply = post(request);
        try {
            TimeStampResponse response = new TimeStampResponse(reply);
            if (response.getStatus() != PKIStatus.GRANTED && response.getStatus() != PKIStatus.GRANTED_WITH_MODS) {
                throw new SigningException("the time-stamping authority " + url + " refused: "
                        + (response.getStatusString() == null
                                ? "status " + response.getStatus()
                                : response.getStatusString()));
            }
            response.validate(request);
            return response.getTimeStampToken().getEncoded();
        } catch (TSPException | IOException e) {
            throw new SigningException(
                    "the time-stamping authority " + url + " sent an unusable reply: " + e.getMessage(), e);
        }
    }

    private byte[] post(TimeStampRequest request) throws SigningException {
        try {
            HttpRequest http = HttpRequest.newBuilder(url)
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
                    .build();
            HttpResponse<byte[]> response = this.http.send(http, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new SigningException(
                        "the time-stamping authority " + url + " answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new SigningException("cannot reach the time-stamping authority " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SigningException("interrupted while waiting for the time-stamping authority " + url, e);
        }
    }

    static byte[] sha512(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-512", e);
        }
    }
}

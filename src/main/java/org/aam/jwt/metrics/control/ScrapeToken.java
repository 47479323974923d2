package org.aam.jwt.metrics.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;

/**
 * The scraper's credential, {@code aam.metrics.token}: a shared secret, not a JWT. Compared in constant time, on
 * digests, so that neither the content nor the length of the configured token leaks through timing.
 */
public final class ScrapeToken {

    private static final String BEARER = "bearer ";

    private final Optional<byte[]> digest;

    private ScrapeToken(Optional<byte[]> digest) {
        this.digest = digest;
    }

    /** @param configured the token, or empty (or blank) when only administrators scrape */
    public static ScrapeToken of(Optional<String> configured) {
        return new ScrapeToken(configured.map(String::trim).filter(token -> !token.isEmpty()).map(ScrapeToken::sha256));
    }

    /** Whether an {@code Authorization} header presents the token as {@code Bearer <token>}. */
    public boolean acceptsHeader(String authorization) {
        if (digest.isEmpty() || authorization == null || authorization.length() <= BEARER.length()
                || !authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            return false;
        }
        return MessageDigest.isEqual(digest.get(), sha256(authorization.substring(BEARER.length()).trim()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException required) {
            throw new IllegalStateException("Every Java runtime has SHA-256", required);
        }
    }
}

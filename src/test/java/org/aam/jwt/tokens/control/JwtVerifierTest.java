package org.aam.jwt.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.aam.jwt.configuration.control.DataFolder;
import org.aam.jwt.configuration.control.Settings;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtVerifierTest {

    private static final String SECRET = "a-test-secret-that-is-long-enough-for-hs512-signing-0123456789abcdef";
    private static final Instant NOW = Instant.now();

    @TempDir
    Path data;

    private SigningKey key() {
        return SigningKeys.load(Settings.of(Map.of("service.jwt.signing_secret", SECRET), Map.of()), new DataFolder(data));
    }

    private static String claims(long iat, long exp) {
        return "{\"iat\":" + iat + ",\"exp\":" + exp + ",\"jti\":\"j1\",\"userId\":1,\"revocable\":true}";
    }

    private String valid() {
        return new JwtSigner(key()).sign(claims(NOW.getEpochSecond(), NOW.getEpochSecond() + 60));
    }

    @Test
    void acceptsItsOwnTokens() {
        assertEquals("j1", new JwtVerifier(key()).verify(valid(), NOW).getString("jti"));
    }

    @Test
    void headerCarriesTypAlgAndKid() {
        String header = new String(Base64.getUrlDecoder().decode(valid().split("\\.")[0]), StandardCharsets.UTF_8);
        assertEquals("{\"typ\":\"JWT\",\"alg\":\"HS256\",\"kid\":\"" + key().keyId() + "\"}", header);
    }

    @Test
    void refusesATamperedPayload() {
        String[] parts = valid().split("\\.");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims(NOW.getEpochSecond(), NOW.getEpochSecond() + 999_999).getBytes(StandardCharsets.UTF_8));
        assertReason("Token signature is invalid", parts[0] + "." + forged + "." + parts[2]);
    }

    @Test
    void refusesAlgNone() {
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = b64(claims(NOW.getEpochSecond(), NOW.getEpochSecond() + 60));
        assertThrows(InvalidToken.class, () -> new JwtVerifier(key()).verify(header + "." + payload + ".", NOW));
    }

    @Test
    void refusesAnotherHmacAlgorithmWithTheSameSecret() throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA512);
        jws.setPayload(claims(NOW.getEpochSecond(), NOW.getEpochSecond() + 60));
        jws.setKey(new HmacKey(SECRET.getBytes(StandardCharsets.UTF_8)));
        assertReason("Token is signed with an algorithm this service does not accept", jws.getCompactSerialization());
    }

    @Test
    void refusesAnRsaSignedToken() throws Exception {
        RsaJsonWebKey rsa = RsaJwkGenerator.generateJwk(2048);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setPayload(claims(NOW.getEpochSecond(), NOW.getEpochSecond() + 60));
        jws.setKey(rsa.getPrivateKey());
        assertThrows(InvalidToken.class, () -> new JwtVerifier(key()).verify(jws.getCompactSerialization(), NOW));
    }

    @Test
    void refusesAnExpiredToken() {
        String expired = new JwtSigner(key()).sign(claims(NOW.getEpochSecond() - 120, NOW.getEpochSecond() - 60));
        assertReason("Token has expired", expired);
    }

    @Test
    void refusesATokenIssuedInTheFuture() {
        String future = new JwtSigner(key()).sign(claims(NOW.getEpochSecond() + 60, NOW.getEpochSecond() + 120));
        assertReason("Token was issued in the future", future);
    }

    @Test
    void refusesATokenWithoutJti() {
        String noJti = new JwtSigner(key()).sign("{\"iat\":" + NOW.getEpochSecond() + ",\"exp\":"
                + (NOW.getEpochSecond() + 60) + "}");
        assertReason("Token lacks a required claim (exp, iat or jti)", noJti);
    }

    @Test
    void refusesGarbage() {
        assertReason("Token is malformed or was not issued by this service", "not.a.jwt");
        assertReason("Token is malformed or was not issued by this service", "");
    }

    @Test
    void aShortConfiguredSecretStopsTheStart() {
        assertThrows(RuntimeException.class, () -> SigningKeys.load(
                Settings.of(Map.of("service.jwt.signing_secret", "short"), Map.of()), new DataFolder(data)));
    }

    @Test
    void aGeneratedSecretIsKeptAndReused() {
        Settings generated = Settings.of(Map.of(), Map.of());
        SigningKey first = SigningKeys.load(generated, new DataFolder(data));
        SigningKey again = SigningKeys.load(generated, new DataFolder(data));
        assertEquals(first.keyId(), again.keyId());
    }

    private void assertReason(String reason, String token) {
        InvalidToken refused = assertThrows(InvalidToken.class, () -> new JwtVerifier(key()).verify(token, NOW));
        assertEquals(reason, refused.getMessage());
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}

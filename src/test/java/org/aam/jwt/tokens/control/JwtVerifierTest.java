package org.aam.jwt.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.aam.jwt.keys.control.SigningKeys;
import org.aam.jwt.keys.entity.SigningAlgorithm;
import org.aam.jwt.keys.entity.SigningKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class JwtVerifierTest {

    private static final Instant NOW = Instant.now();
    private static final SigningKey HS256 = SigningKeys.generate(SigningAlgorithm.HS256);
    private static final SigningKey RS256 = SigningKeys.generate(SigningAlgorithm.RS256);

    /** A verifier of the key's algorithm that knows only that key. */
    private static JwtVerifier verifierOf(SigningKey key) {
        return new JwtVerifier(key.algorithm(), kid -> Optional.of(key.verificationKey()).filter(k -> key.keyId().equals(kid)));
    }

    private static String claims(long iat, long exp) {
        return "{\"iat\":" + iat + ",\"exp\":" + exp + ",\"jti\":\"j1\",\"userId\":1,\"revocable\":true}";
    }

    private static String valid(SigningKey key) {
        return JwtSigner.sign(key, claims(NOW.getEpochSecond(), NOW.getEpochSecond() + 60));
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void everyAlgorithmVerifiesItsOwnTokensAndNamesTheKey(SigningAlgorithm algorithm) {
        SigningKey key = SigningKeys.generate(algorithm);
        assertEquals(key.keyId(), verifierOf(key).verify(valid(key), NOW).keyId());
        assertEquals("j1", verifierOf(key).verify(valid(key), NOW).claims().getString("jti"));
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void everyOtherAlgorithmIsRefused(SigningAlgorithm configured) {
        SigningKey key = SigningKeys.generate(configured);
        for (SigningAlgorithm other : SigningAlgorithm.values()) {
            if (other != configured) {
                // The other key answers to the configured key's kid: only the algorithm can stop it.
                SigningKey impostor = SigningKeys.generate(other);
                String token = JwtSigner.sign(new SigningKey(other, key.keyId(), impostor.signingKey(),
                        impostor.verificationKey()), claims(NOW.getEpochSecond(), NOW.getEpochSecond() + 60));
                assertThrows(InvalidToken.class, () -> verifierOf(key).verify(token, NOW), other + " to " + configured);
            }
        }
    }

    @Test
    void headerCarriesTypAlgAndKid() {
        String header = new String(Base64.getUrlDecoder().decode(valid(HS256).split("\\.")[0]), StandardCharsets.UTF_8);
        assertEquals("{\"typ\":\"JWT\",\"alg\":\"HS256\",\"kid\":\"" + HS256.keyId() + "\"}", header);
    }

    @Test
    void refusesAnHs256TokenMacedWithTheRsaPublicKey() throws Exception {
        // The classic confusion: a verifier that lets alg pick would check this MAC with the public key as secret.
        byte[] der = RS256.verificationKey().getEncoded();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END PUBLIC KEY-----\n";
        for (byte[] secret : new byte[][] {der, pem.getBytes(StandardCharsets.US_ASCII)}) {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
            jws.setKeyIdHeaderValue(RS256.keyId());
            jws.setPayload(claims(NOW.getEpochSecond(), NOW.getEpochSecond() + 60));
            jws.setKey(new HmacKey(secret));
            jws.setDoKeyValidation(false);
            assertReason(RS256, "Token is signed with an algorithm this service does not accept",
                    jws.getCompactSerialization());
        }
    }

    @Test
    void refusesATamperedPayload() {
        String[] parts = valid(HS256).split("\\.");
        String forged = b64(claims(NOW.getEpochSecond(), NOW.getEpochSecond() + 999_999));
        assertReason(HS256, "Token signature is invalid", parts[0] + "." + forged + "." + parts[2]);
    }

    @Test
    void refusesAlgNone() {
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + HS256.keyId() + "\"}");
        String payload = b64(claims(NOW.getEpochSecond(), NOW.getEpochSecond() + 60));
        assertThrows(InvalidToken.class, () -> verifierOf(HS256).verify(header + "." + payload + ".", NOW));
    }

    @Test
    void refusesAnotherHmacAlgorithmWithTheSameSecret() throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA512);
        jws.setKeyIdHeaderValue(HS256.keyId());
        jws.setPayload(claims(NOW.getEpochSecond(), NOW.getEpochSecond() + 60));
        jws.setKey(HS256.signingKey());
        assertReason(HS256, "Token is signed with an algorithm this service does not accept", jws.getCompactSerialization());
    }

    @Test
    void refusesAKeyItDoesNotKnow() {
        SigningKey stranger = SigningKeys.generate(SigningAlgorithm.RS256);
        assertReason(RS256, "Token was signed with a key this service does not know", valid(stranger));
    }

    @Test
    void refusesAnExpiredToken() {
        assertReason(HS256, "Token has expired", JwtSigner.sign(HS256, claims(NOW.getEpochSecond() - 120, NOW.getEpochSecond() - 60)));
    }

    @Test
    void refusesATokenIssuedInTheFuture() {
        assertReason(HS256, "Token was issued in the future",
                JwtSigner.sign(HS256, claims(NOW.getEpochSecond() + 60, NOW.getEpochSecond() + 120)));
    }

    @Test
    void refusesATokenWithoutJti() {
        String noJti = JwtSigner.sign(HS256, "{\"iat\":" + NOW.getEpochSecond() + ",\"exp\":" + (NOW.getEpochSecond() + 60) + "}");
        assertReason(HS256, "Token lacks a required claim (exp, iat or jti)", noJti);
    }

    @Test
    void refusesGarbage() {
        assertReason(HS256, "Token is malformed or was not issued by this service", "not.a.jwt");
        assertReason(HS256, "Token is malformed or was not issued by this service", "");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "userId | 18446744073709551617", "userId | 1.5", "userId | -1", "userId | \"1\"",
            "exp | 1e30", "exp | EXP.5", "nbf | 1.0E3", "iat | -5"})
    void aNumericClaimThatIsNotAnIntegerInRangeMakesTheTokenInvalid(String name, String value) {
        long exp = NOW.getEpochSecond() + 60;
        Map<String, String> claims = new LinkedHashMap<>(Map.of("iat", Long.toString(NOW.getEpochSecond()),
                "exp", Long.toString(exp), "jti", "\"j1\"", "userId", "1"));
        claims.put(name, value.replace("EXP", Long.toString(exp)));
        String json = claims.entrySet().stream().map(claim -> "\"" + claim.getKey() + "\":" + claim.getValue())
                .collect(Collectors.joining(",", "{", "}"));
        assertReason(HS256, "Token has a malformed claim", JwtSigner.sign(HS256, json));
    }

    @Test
    void aTokenVerifiedBeforeIsRefusedOnceItsKeyIsGone() {
        Map<String, SigningKey> known = new HashMap<>(Map.of(RS256.keyId(), RS256));
        JwtVerifier verifier = verifierOf(known);
        String token = valid(RS256);
        assertEquals("j1", verifier.verify(token, NOW).claims().getString("jti"));
        known.clear();
        InvalidToken refused = assertThrows(InvalidToken.class, () -> verifier.verify(token, NOW));
        assertEquals("Token was signed with a key this service does not know", refused.getMessage());
    }

    @Test
    void aTokenVerifiedBeforeIsCheckedAgainWhenItsKidNamesOtherMaterial() {
        Map<String, SigningKey> known = new HashMap<>(Map.of(RS256.keyId(), RS256));
        JwtVerifier verifier = verifierOf(known);
        String token = valid(RS256);
        verifier.verify(token, NOW);
        SigningKey other = SigningKeys.generate(SigningAlgorithm.RS256);
        known.put(RS256.keyId(), new SigningKey(SigningAlgorithm.RS256, RS256.keyId(), other.signingKey(),
                other.verificationKey()));
        InvalidToken refused = assertThrows(InvalidToken.class, () -> verifier.verify(token, NOW));
        assertEquals("Token signature is invalid", refused.getMessage());
    }

    @Test
    void aTokenVerifiedBeforeExpiresOnTime() {
        JwtVerifier verifier = verifierOf(HS256);
        String token = valid(HS256);
        verifier.verify(token, NOW);
        verifier.verify(token, NOW.plusSeconds(59));
        InvalidToken refused = assertThrows(InvalidToken.class, () -> verifier.verify(token, NOW.plusSeconds(60)));
        assertEquals("Token has expired", refused.getMessage());
    }

    /** A verifier that resolves a kid in this map, read at each verification. */
    private static JwtVerifier verifierOf(Map<String, SigningKey> known) {
        return new JwtVerifier(SigningAlgorithm.RS256,
                kid -> Optional.ofNullable(known.get(kid)).map(SigningKey::verificationKey));
    }

    private static void assertReason(SigningKey key, String reason, String token) {
        InvalidToken refused = assertThrows(InvalidToken.class, () -> verifierOf(key).verify(token, NOW));
        assertEquals(reason, refused.getMessage());
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}

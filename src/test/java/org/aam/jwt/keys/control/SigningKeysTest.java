package org.aam.jwt.keys.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.spec.ECGenParameterSpec;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.aam.jwt.configuration.control.InvalidSetting;
import org.aam.jwt.configuration.control.Settings;
import org.aam.jwt.keys.entity.SigningAlgorithm;
import org.aam.jwt.keys.entity.SigningKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SigningKeysTest {

    @TempDir
    Path folder;

    private static Settings settings(String... keysAndValues) {
        Map<String, String> properties = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Settings.of(properties, Map.of());
    }

    private Settings pemSettings(String algorithm, KeyPair pair) {
        return settings("service.jwt.signing_algorithm", algorithm,
                "service.jwt.private_cert_path", TestKeys.writePem(folder, "private.pem", "PRIVATE KEY",
                        pair.getPrivate().getEncoded()).toString(),
                "service.jwt.public_cert_path", TestKeys.writePem(folder, "public.pem", "PUBLIC KEY",
                        pair.getPublic().getEncoded()).toString());
    }

    private static String problem(Settings settings) {
        return assertThrows(InvalidSetting.class, () -> SigningKeys.configured(settings)).getMessage();
    }

    @Test
    void noKeyConfiguredMeansNone() {
        assertTrue(SigningKeys.configured(settings()).isEmpty());
        assertTrue(SigningKeys.configured(settings("service.jwt.signing_algorithm", "RS256")).isEmpty());
    }

    @Test
    void anUnknownAlgorithmStopsTheStartAndListsTheChoices() {
        String message = problem(settings("service.jwt.signing_algorithm", "none"));
        assertTrue(message.contains("service.jwt.signing_algorithm") && message.contains("HS256, HS384, HS512, RS256"),
                message);
    }

    @ParameterizedTest
    @CsvSource({"HS256, 31", "HS384, 47", "HS512, 63"})
    void anHmacSecretShorterThanTheHashStopsTheStart(String algorithm, int bytes) {
        String message = problem(settings("service.jwt.signing_algorithm", algorithm,
                "service.jwt.signing_secret", "x".repeat(bytes)));
        assertTrue(message.contains("service.jwt.signing_secret") && message.contains("needs at least"), message);
        assertFalse(message.contains("xxxx"), "the secret is never shown");
    }

    @ParameterizedTest
    @CsvSource({"HS256, 32", "HS384, 48", "HS512, 64"})
    void anHmacSecretOfTheHashSizeIsAccepted(String algorithm, int bytes) {
        SigningKey key = SigningKeys.configured(settings("service.jwt.signing_algorithm", algorithm,
                "service.jwt.signing_secret", "y".repeat(bytes))).orElseThrow();
        assertEquals(SigningAlgorithm.valueOf(algorithm), key.algorithm());
    }

    @Test
    void anRsaKeyUnder2048BitsStopsTheStart() {
        String message = problem(pemSettings("RS256", TestKeys.pair("RSA", null, 1024)));
        assertTrue(message.contains("1024 bits") && message.contains("at least 2048"), message);
    }

    @Test
    void anEcKeyOnTheWrongCurveStopsTheStart() {
        String message = problem(pemSettings("ES256", TestKeys.pair("EC", new ECGenParameterSpec("secp384r1"), 0)));
        assertTrue(message.contains("needs P-256"), message);
    }

    @Test
    void anRsaKeyForAnEcAlgorithmStopsTheStart() {
        problem(pemSettings("ES256", TestKeys.pair("RSA", null, 2048)));
    }

    @Test
    void halvesOfTwoPairsStopTheStart() {
        KeyPair one = TestKeys.pair("EC", new ECGenParameterSpec("secp256r1"), 0);
        KeyPair other = TestKeys.pair("EC", new ECGenParameterSpec("secp256r1"), 0);
        String message = problem(pemSettings("ES256", new KeyPair(other.getPublic(), one.getPrivate())));
        assertTrue(message.contains("one pair"), message);
    }

    @Test
    void aPemPairIsReadAndItsKidIsItsThumbprint() {
        KeyPair pair = TestKeys.pair("RSA", null, 2048);
        SigningKey key = SigningKeys.configured(pemSettings("RS384", pair)).orElseThrow();
        assertEquals(SigningAlgorithm.RS384, key.algorithm());
        assertEquals(pair.getPublic(), key.verificationKey());
        assertEquals(key.keyId(), SigningKeys.configured(pemSettings("RS384", pair)).orElseThrow().keyId());
        assertEquals(43, key.keyId().length());
    }

    @Test
    void anEd25519PairIsRead() {
        SigningKey key = SigningKeys.configured(pemSettings("EdDSA", TestKeys.pair("Ed25519", null, 0))).orElseThrow();
        assertEquals(SigningAlgorithm.EdDSA, key.algorithm());
    }

    @Test
    void anEncryptedPrivateKeyOpensWithItsPassphrase() {
        KeyPair pair = TestKeys.pair("EC", new ECGenParameterSpec("secp256r1"), 0);
        Path encrypted = TestKeys.writePem(folder, "encrypted.pem", "ENCRYPTED PRIVATE KEY",
                TestKeys.encrypted(pair.getPrivate().getEncoded(), "open sesame"));
        Path publicPem = TestKeys.writePem(folder, "public.pem", "PUBLIC KEY", pair.getPublic().getEncoded());
        Map<String, String> base = Map.of("service.jwt.signing_algorithm", "ES256",
                "service.jwt.private_cert_path", encrypted.toString(), "service.jwt.public_cert_path", publicPem.toString());
        Map<String, String> withPassphrase = new HashMap<>(base);
        withPassphrase.put("service.jwt.private_cert_passphrase", "open sesame");
        assertEquals(pair.getPublic(), SigningKeys.configured(Settings.of(withPassphrase, Map.of())).orElseThrow()
                .verificationKey());

        withPassphrase.put("service.jwt.private_cert_passphrase", "wrong");
        String wrong = problem(Settings.of(withPassphrase, Map.of()));
        assertTrue(wrong.contains("service.jwt.private_cert_passphrase") && wrong.contains("does not open"), wrong);
        assertTrue(problem(Settings.of(base, Map.of())).contains("is missing: the private key is encrypted"));
    }

    @Test
    void aPkcs1KeySaysHowToConvertIt() {
        KeyPair pair = TestKeys.pair("RSA", null, 2048);
        Settings settings = settings("service.jwt.signing_algorithm", "RS256",
                "service.jwt.private_cert_path", TestKeys.writePem(folder, "rsa.pem", "RSA PRIVATE KEY", new byte[] {1, 2})
                        .toString(),
                "service.jwt.public_cert_path", TestKeys.writePem(folder, "public.pem", "PUBLIC KEY",
                        pair.getPublic().getEncoded()).toString());
        assertTrue(problem(settings).contains("openssl pkcs8 -topk8"));
    }

    @Test
    void onlyOneOfTheTwoPemFilesStopsTheStart() {
        String message = problem(settings("service.jwt.signing_algorithm", "RS256",
                "service.jwt.private_cert_path", "/nowhere.pem"));
        assertTrue(message.contains("service.jwt.public_cert_path"), message);
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void aGeneratedKeyIsStrongAndSurvivesItsJwkForm(SigningAlgorithm algorithm) {
        SigningKey key = SigningKeys.generate(algorithm);
        assertTrue(SigningKeys.problemOf(key).isEmpty());
        SigningKey read = SigningKeys.fromPrivateJwk(SigningKeys.toPrivateJwk(key));
        assertEquals(key.keyId(), read.keyId());
        assertEquals(algorithm, read.algorithm());
        assertEquals(key.verificationKey(), read.verificationKey());
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void thePublishedJwkHoldsNoPrivateOrSymmetricKey(SigningAlgorithm algorithm) {
        SigningKey key = SigningKeys.generate(algorithm);
        if (algorithm.isSymmetric()) {
            assertTrue(SigningKeys.publicJwk(key).isEmpty());
            return;
        }
        JsonObject jwk = Json.createReader(new StringReader(SigningKeys.publicJwk(key).orElseThrow())).readObject();
        assertEquals(key.keyId(), jwk.getString("kid"));
        assertEquals("sig", jwk.getString("use"));
        assertEquals(algorithm.name(), jwk.getString("alg"));
        assertTrue(Set.of("RSA", "EC", "OKP").contains(jwk.getString("kty")));
        assertFalse(jwk.containsKey("d") || jwk.containsKey("p") || jwk.containsKey("k"), jwk::toString);
    }
}

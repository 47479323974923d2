package org.aam.jwt.keys.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.interfaces.ECKey;
import java.security.interfaces.EdECKey;
import java.security.interfaces.RSAKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.aam.jwt.configuration.control.InvalidSetting;
import org.aam.jwt.configuration.control.Setting;
import org.aam.jwt.configuration.control.Settings;
import org.aam.jwt.keys.entity.SigningAlgorithm;
import org.aam.jwt.keys.entity.SigningKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.OctetSequenceJsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.HashUtil;
import org.jose4j.lang.JoseException;

/**
 * Makes, reads and checks keys: the configured one ({@code service.jwt.signing_secret}, or the PEM files of
 * {@code service.jwt.private_cert_path} / {@code public_cert_path}), new ones from {@link SecureRandom}, and the
 * JWK form they are kept in and published in. A key too weak for its algorithm, or a key pair whose halves do not
 * belong together, stops the start-up with a message that says what to fix.
 */
public final class SigningKeys {

    private static final int GENERATED_SECRET_BYTES = 64;
    private static final int GENERATED_RSA_BITS = 2048;
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private SigningKeys() {
    }

    /** @throws InvalidSetting when {@code service.jwt.signing_algorithm} names no algorithm this service offers */
    public static SigningAlgorithm algorithm(Settings settings) {
        String name = settings.get(Setting.SIGNING_ALGORITHM);
        return SigningAlgorithm.of(name).orElseThrow(() -> new InvalidSetting(Setting.SIGNING_ALGORITHM,
                "is " + name + "; use one of " + SigningAlgorithm.names()));
    }

    /**
     * The key the configuration names, if it names one.
     *
     * @throws InvalidSetting when it is unreadable, too weak, or not of the algorithm's kind
     */
    public static Optional<SigningKey> configured(Settings settings) {
        SigningAlgorithm algorithm = algorithm(settings);
        if (algorithm.isSymmetric()) {
            return settings.find(Setting.SIGNING_SECRET).map(secret -> checked(
                    hmac(algorithm, secret.getBytes(StandardCharsets.UTF_8)), Setting.SIGNING_SECRET));
        }
        Optional<String> privatePath = settings.find(Setting.PRIVATE_CERT_PATH);
        Optional<String> publicPath = settings.find(Setting.PUBLIC_CERT_PATH);
        if (privatePath.isEmpty() && publicPath.isEmpty()) {
            return Optional.empty();
        }
        if (privatePath.isEmpty() || publicPath.isEmpty()) {
            throw new InvalidSetting(privatePath.isEmpty() ? Setting.PRIVATE_CERT_PATH : Setting.PUBLIC_CERT_PATH,
                    "is missing: " + algorithm + " needs both a private key and a public key (PEM files)");
        }
        char[] passphrase = settings.find(Setting.PRIVATE_CERT_PASSPHRASE).map(String::toCharArray).orElse(null);
        PrivateKey privateKey = privateKey(algorithm, pem(Setting.PRIVATE_CERT_PATH, privatePath.get()), passphrase);
        PublicKey publicKey = publicKey(algorithm, pem(Setting.PUBLIC_CERT_PATH, publicPath.get()));
        return Optional.of(checked(pair(algorithm, privateKey, publicKey), Setting.PRIVATE_CERT_PATH));
    }

    /** A new key for the algorithm, from {@link SecureRandom}. */
    public static SigningKey generate(SigningAlgorithm algorithm) {
        try {
            return switch (algorithm.family()) {
                case HMAC -> {
                    byte[] secret = new byte[GENERATED_SECRET_BYTES];
                    new SecureRandom().nextBytes(secret);
                    yield hmac(algorithm, secret);
                }
                case RSA -> pair(algorithm, keyPair("RSA", GENERATED_RSA_BITS, null));
                case EC -> pair(algorithm, keyPair("EC", 0, new ECGenParameterSpec("secp" + algorithm.bits() + "r1")));
                case EDDSA -> pair(algorithm, keyPair("Ed25519", 0, null));
            };
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("This JVM cannot generate " + algorithm + " keys", unavailable);
        }
    }

    /** The key with its private part, in JWK form, as it is kept (owner-only) in the data folder. */
    public static String toPrivateJwk(SigningKey key) {
        return jwk(key).toJson(OutputControlLevel.INCLUDE_PRIVATE);
    }

    /** @throws IllegalArgumentException when the JWK is not a strong key of an algorithm this service offers */
    public static SigningKey fromPrivateJwk(String json) {
        try {
            JsonWebKey jwk = JsonWebKey.Factory.newJwk(json);
            SigningAlgorithm algorithm = SigningAlgorithm.of(String.valueOf(jwk.getAlgorithm()))
                    .orElseThrow(() -> new IllegalArgumentException("Unknown algorithm " + jwk.getAlgorithm()));
            SigningKey key = jwk instanceof PublicJsonWebKey pair
                    ? pair(algorithm, pair.getPrivateKey(), pair.getPublicKey())
                    : hmac(algorithm, jwk.getKey().getEncoded());
            problemOf(key).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
            return key;
        } catch (JoseException unreadable) {
            throw new IllegalArgumentException("Not a JWK", unreadable);
        }
    }

    /**
     * The public key as a JSON Web Key ({@code kty}, {@code kid}, {@code use: sig}, {@code alg}, and the public
     * numbers); empty for an HMAC secret, which must never be published.
     */
    public static Optional<String> publicJwk(SigningKey key) {
        if (key.algorithm().isSymmetric()) {
            return Optional.empty();
        }
        return Optional.of(jwk(key).toJson(OutputControlLevel.PUBLIC_ONLY));
    }

    private static JsonWebKey jwk(SigningKey key) {
        try {
            JsonWebKey jwk = key.algorithm().isSymmetric() ? new OctetSequenceJsonWebKey(key.signingKey())
                    : PublicJsonWebKey.Factory.newPublicJwk(key.verificationKey());
            if (jwk instanceof PublicJsonWebKey pair) {
                pair.setPrivateKey((PrivateKey) key.signingKey());
            }
            jwk.setKeyId(key.keyId());
            jwk.setAlgorithm(key.algorithm().name());
            jwk.setUse("sig");
            return jwk;
        } catch (JoseException unsupported) {
            throw new IllegalStateException("Cannot express " + key + " as a JWK", unsupported);
        }
    }

    private static SigningKey hmac(SigningAlgorithm algorithm, byte[] secret) {
        HmacKey key = new HmacKey(secret);
        String kid = new OctetSequenceJsonWebKey(key).calculateBase64urlEncodedThumbprint(HashUtil.SHA_256);
        return new SigningKey(algorithm, kid, key, key);
    }

    private static SigningKey pair(SigningAlgorithm algorithm, KeyPair pair) {
        return pair(algorithm, pair.getPrivate(), pair.getPublic());
    }

    private static SigningKey pair(SigningAlgorithm algorithm, PrivateKey privateKey, PublicKey publicKey) {
        try {
            String kid = PublicJsonWebKey.Factory.newPublicJwk(publicKey).calculateBase64urlEncodedThumbprint(HashUtil.SHA_256);
            return new SigningKey(algorithm, kid, privateKey, publicKey);
        } catch (JoseException unsupported) {
            throw new IllegalArgumentException("A " + publicKey.getAlgorithm() + " key cannot sign " + algorithm);
        }
    }

    private static KeyPair keyPair(String type, int bits, ECGenParameterSpec curve) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(type);
        if (curve != null) {
            generator.initialize(curve, new SecureRandom());
        } else if (bits > 0) {
            generator.initialize(bits, new SecureRandom());
        }
        return generator.generateKeyPair();
    }

    private static SigningKey checked(SigningKey key, Setting setting) {
        problemOf(key).ifPresent(problem -> {
            throw new InvalidSetting(setting, problem);
        });
        return key;
    }

    /** Why the key must not be used for its algorithm, or empty. */
    static Optional<String> problemOf(SigningKey key) {
        SigningAlgorithm algorithm = key.algorithm();
        Key verification = key.verificationKey();
        String problem = switch (algorithm.family()) {
            case HMAC -> {
                int bits = verification.getEncoded().length * 8;
                yield bits >= algorithm.bits() ? null : "is " + bits + " bits long; " + algorithm + " needs at least "
                        + algorithm.bits() + " bits (" + algorithm.bits() / 8 + " bytes). Use a longer random secret, "
                        + "or remove it to have one generated in the data folder";
            }
            case RSA -> !(verification instanceof RSAKey rsa) ? "is not an RSA key, which " + algorithm + " needs"
                    : rsa.getModulus().bitLength() < algorithm.bits() ? "is an RSA key of " + rsa.getModulus().bitLength()
                    + " bits; " + algorithm + " needs at least " + algorithm.bits() + " bits" : null;
            case EC -> !(verification instanceof ECKey ec) ? "is not an EC key, which " + algorithm + " needs"
                    : ec.getParams().getCurve().getField().getFieldSize() != algorithm.bits() ? "is an EC key on a "
                    + ec.getParams().getCurve().getField().getFieldSize() + "-bit curve; " + algorithm + " needs P-"
                    + algorithm.bits() : null;
            case EDDSA -> verification instanceof EdECKey ed && "Ed25519".equalsIgnoreCase(ed.getParams().getName())
                    ? null : "is not an Ed25519 key, which EdDSA needs";
        };
        if (problem == null && !signsAndVerifies(key)) {
            problem = "does not belong to the configured public key: the private and the public key must be one pair";
        }
        return Optional.ofNullable(problem);
    }

    /** Signs a probe with the signing key and checks it with the verification key. */
    private static boolean signsAndVerifies(SigningKey key) {
        try {
            JsonWebSignature probe = new JsonWebSignature();
            probe.setAlgorithmHeaderValue(key.algorithm().name());
            probe.setPayload("probe");
            probe.setKey(key.signingKey());
            JsonWebSignature check = new JsonWebSignature();
            check.setCompactSerialization(probe.getCompactSerialization());
            check.setKey(key.verificationKey());
            return check.verifySignature();
        } catch (JoseException | ClassCastException mismatch) {
            return false;
        }
    }

    private static Pem pem(Setting setting, String path) {
        try {
            Matcher block = PEM.matcher(Files.readString(Path.of(path), StandardCharsets.US_ASCII));
            if (!block.find()) {
                throw new InvalidSetting(setting, "names " + path + ", which holds no PEM block (-----BEGIN ...-----)");
            }
            return new Pem(setting, block.group(1), Base64.getMimeDecoder().decode(block.group(2)));
        } catch (IOException unreadable) {
            throw new InvalidSetting(setting, "names " + path + ", which cannot be read: " + unreadable.getMessage());
        }
    }

    private record Pem(Setting setting, String type, byte[] der) {
    }

    private static String jdkKeyType(SigningAlgorithm algorithm) {
        return switch (algorithm.family()) {
            case RSA -> "RSA";
            case EC -> "EC";
            case EDDSA, HMAC -> "EdDSA";
        };
    }

    private static PrivateKey privateKey(SigningAlgorithm algorithm, Pem pem, char[] passphrase) {
        try {
            byte[] pkcs8 = switch (pem.type()) {
                case "PRIVATE KEY" -> pem.der();
                case "ENCRYPTED PRIVATE KEY" -> decrypt(pem, passphrase);
                default -> throw new InvalidSetting(pem.setting(), "holds a " + pem.type() + "; use a PKCS#8 key "
                        + "(BEGIN PRIVATE KEY or BEGIN ENCRYPTED PRIVATE KEY), e.g. openssl pkcs8 -topk8 -in old.pem");
            };
            return KeyFactory.getInstance(jdkKeyType(algorithm)).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException | IllegalArgumentException unreadable) {
            throw new InvalidSetting(pem.setting(), "is not a " + algorithm + " private key this service can read");
        }
    }

    private static byte[] decrypt(Pem pem, char[] passphrase) {
        if (passphrase == null) {
            throw new InvalidSetting(Setting.PRIVATE_CERT_PASSPHRASE, "is missing: the private key is encrypted");
        }
        try {
            EncryptedPrivateKeyInfo encrypted = new EncryptedPrivateKeyInfo(pem.der());
            // A PBES2 key (what openssl writes) names its real algorithm in its parameters.
            String name = encrypted.getAlgName();
            if (name.equals("PBES2") || name.equals("1.2.840.113549.1.5.13")) {
                name = encrypted.getAlgParameters().toString();
            }
            Cipher cipher = Cipher.getInstance(name);
            cipher.init(Cipher.DECRYPT_MODE, SecretKeyFactory.getInstance(name).generateSecret(new PBEKeySpec(passphrase)),
                    encrypted.getAlgParameters());
            return encrypted.getKeySpec(cipher).getEncoded();
        } catch (GeneralSecurityException | IOException wrong) {
            throw new InvalidSetting(Setting.PRIVATE_CERT_PASSPHRASE, "does not open the encrypted private key "
                    + "(wrong passphrase, or an encryption this JVM does not offer)");
        }
    }

    private static PublicKey publicKey(SigningAlgorithm algorithm, Pem pem) {
        try {
            return switch (pem.type()) {
                case "PUBLIC KEY" -> KeyFactory.getInstance(jdkKeyType(algorithm))
                        .generatePublic(new X509EncodedKeySpec(pem.der()));
                case "CERTIFICATE" -> CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(pem.der())).getPublicKey();
                default -> throw new InvalidSetting(pem.setting(), "holds a " + pem.type()
                        + "; use a PUBLIC KEY or a CERTIFICATE");
            };
        } catch (GeneralSecurityException | IllegalArgumentException unreadable) {
            throw new InvalidSetting(pem.setting(), "is not a " + algorithm + " public key this service can read");
        }
    }
}

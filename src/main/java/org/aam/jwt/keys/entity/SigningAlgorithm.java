package org.aam.jwt.keys.entity;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The algorithms of {@code service.jwt.signing_algorithm}, with what a key must be to be strong enough for each. */
public enum SigningAlgorithm {
    HS256(Family.HMAC, 256), HS384(Family.HMAC, 384), HS512(Family.HMAC, 512),
    RS256(Family.RSA, 2048), RS384(Family.RSA, 2048), RS512(Family.RSA, 2048),
    ES256(Family.EC, 256), ES384(Family.EC, 384),
    EdDSA(Family.EDDSA, 255);

    /** How the key of an algorithm is made. */
    public enum Family {
        HMAC, RSA, EC, EDDSA
    }

    private final Family family;
    private final int bits;

    SigningAlgorithm(Family family, int bits) {
        this.family = family;
        this.bits = bits;
    }

    public Family family() {
        return family;
    }

    /**
     * HMAC: the least secret length (the hash size, RFC 7518 3.2); RSA: the least modulus length; EC: the curve's
     * field size (P-256, P-384).
     */
    public int bits() {
        return bits;
    }

    public boolean isSymmetric() {
        return family == Family.HMAC;
    }

    /** @param name as configured, in any case ({@code es256}, {@code EDDSA}) */
    public static Optional<SigningAlgorithm> of(String name) {
        return Arrays.stream(values()).filter(a -> a.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}

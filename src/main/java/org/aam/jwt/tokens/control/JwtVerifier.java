package org.aam.jwt.tokens.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.security.Key;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.aam.jwt.keys.entity.SigningAlgorithm;
import org.aam.jwt.rest.control.JsonObjects;
import org.aam.jwt.tokens.entity.SignedClaims;
import org.aam.jwt.tokens.entity.TokenProblem;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.lang.InvalidAlgorithmException;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * Checks what a token proves by itself: the signature, with the configured algorithm only (the token's own
 * {@code alg} header never chooses; {@code none} and encrypted tokens are refused) and the key its {@code kid}
 * names, and its times. The rest of the checks, and their order, are {@link TokenValidity}'s. A token sent again
 * is not verified again while its key stays the same ({@link VerifiedSignatures}); its expiry is.
 */
public class JwtVerifier {

    /** Tokens issued right after a credentials change carry the next second (see User#issuedAtFor). */
    static final int ISSUED_AT_TOLERANCE_SECONDS = 2;

    /** The claims this service reads as numbers: times and the user's id. */
    private static final List<String> NUMERIC_CLAIMS = List.of("iat", "exp", "nbf", "userId");
    /** 9999-12-31T23:59:59Z, later than any time or id this service writes, far within a long. */
    private static final BigDecimal LARGEST_NUMBER = BigDecimal.valueOf(253_402_300_799L);

    private final JwtConsumer consumer;
    private final Function<String, Optional<Key>> keys;
    private final VerifiedSignatures verified = new VerifiedSignatures();

    /** @param keys the verification key of a {@code kid}, empty for a key this service does not have */
    public JwtVerifier(SigningAlgorithm algorithm, Function<String, Optional<Key>> keys) {
        this.keys = keys;
        AlgorithmConstraints nothing = new AlgorithmConstraints(ConstraintType.PERMIT);
        this.consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireJwtId()
                .setSkipDefaultAudienceValidation()
                // The kid only picks among this service's own keys of the configured algorithm.
                .setVerificationKeyResolver((jws, nesting) -> keys.apply(jws.getKeyIdHeaderValue())
                        .orElseThrow(() -> new UnresolvableKeyException("Unknown kid")))
                .setJwsAlgorithmConstraints(ConstraintType.PERMIT, algorithm.name())
                .setJweAlgorithmConstraints(nothing)
                .setJweContentEncryptionAlgorithmConstraints(nothing)
                .build();
    }

    /**
     * @return the token's claims and the kid of its key
     * @throws InvalidToken with the reason
     */
    public SignedClaims verify(String compact, Instant now) {
        String token = compact.trim();
        Optional<SignedClaims> known = verified.get(token, keys);
        if (known.isPresent()) {
            // Its signature, structure and claims were checked; only its time can have run out since.
            if (now.getEpochSecond() >= known.get().claims().getJsonNumber("exp").longValue()) {
                throw new InvalidToken(TokenProblem.EXPIRED);
            }
            return known.get();
        }
        SignedClaims checked = check(token, now);
        keys.apply(checked.keyId()).ifPresent(key -> verified.put(token, key, checked));
        return checked;
    }

    private SignedClaims check(String token, Instant now) {
        JwtContext context;
        try {
            context = consumer.process(token);
        } catch (InvalidJwtException invalid) {
            throw new InvalidToken(problemOf(invalid));
        }
        try {
            if (context.getJwtClaims().getIssuedAt().getValue() > now.getEpochSecond() + ISSUED_AT_TOLERANCE_SECONDS) {
                throw new InvalidToken(TokenProblem.ISSUED_IN_FUTURE);
            }
        } catch (MalformedClaimException malformed) {
            throw new InvalidToken(TokenProblem.MALFORMED_CLAIM);
        }
        JsonObject claims = JsonObjects.parse(context.getJwtClaims().getRawJson());
        if (!NUMERIC_CLAIMS.stream().allMatch(name -> isIntegerInRange(claims.get(name)))) {
            throw new InvalidToken(TokenProblem.MALFORMED_CLAIM);
        }
        return new SignedClaims(context.getJoseObjects().get(0).getKeyIdHeaderValue(), claims);
    }

    /**
     * Absent, or a whole number from 0 to {@link #LARGEST_NUMBER}: a float, {@code 1e30} or a number past the range of
     * a long would otherwise be rounded or wrapped into another time or another user by the conversions that follow.
     */
    private static boolean isIntegerInRange(JsonValue value) {
        if (value == null) {
            return true;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            return false;
        }
        BigDecimal exact = number.bigDecimalValue();
        return exact.signum() >= 0 && exact.compareTo(LARGEST_NUMBER) <= 0;
    }

    /** jose4j's error codes, as this API's reasons. */
    private static TokenProblem problemOf(InvalidJwtException invalid) {
        if (invalid.hasExpired()) {
            return TokenProblem.EXPIRED;
        }
        if (invalid.hasErrorCode(ErrorCodes.SIGNATURE_INVALID)) {
            return TokenProblem.BAD_SIGNATURE;
        }
        if (invalid.hasErrorCode(ErrorCodes.SIGNATURE_MISSING)) {
            return TokenProblem.NOT_SIGNED;
        }
        if (invalid.hasErrorCode(ErrorCodes.NOT_YET_VALID)) {
            return TokenProblem.NOT_YET_VALID;
        }
        if (invalid.hasErrorCode(ErrorCodes.EXPIRATION_MISSING) || invalid.hasErrorCode(ErrorCodes.ISSUED_AT_MISSING)
                || invalid.hasErrorCode(ErrorCodes.JWT_ID_MISSING)) {
            return TokenProblem.MISSING_CLAIM;
        }
        if (invalid.getCause() instanceof InvalidAlgorithmException) {
            return TokenProblem.OTHER_ALGORITHM;
        }
        if (invalid.getCause() instanceof UnresolvableKeyException) {
            return TokenProblem.UNKNOWN_KEY;
        }
        return TokenProblem.MALFORMED;
    }
}

package org.aam.jwt.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.util.Optional;
import org.aam.jwt.keys.control.SigningKeys;
import org.aam.jwt.keys.entity.SigningAlgorithm;
import org.aam.jwt.keys.entity.SigningKey;
import org.aam.jwt.tokens.entity.SignedClaims;
import org.junit.jupiter.api.Test;

class VerifiedSignaturesTest {

    private static final SigningKey KEY = SigningKeys.generate(SigningAlgorithm.HS256);
    private static final SignedClaims CLAIMS = new SignedClaims(KEY.keyId(), JsonValue.EMPTY_JSON_OBJECT);

    @Test
    void aTokenCountsOnlyWhileItsKidResolvesToTheKeyThatVerifiedIt() {
        VerifiedSignatures verified = new VerifiedSignatures();
        verified.put("a.b.c", KEY.verificationKey(), CLAIMS);
        assertEquals(Optional.of(CLAIMS), verified.get("a.b.c", kid -> Optional.of(KEY.verificationKey())));
        assertEquals(Optional.empty(), verified.get("a.b.c", kid -> Optional.empty()));
        SigningKey other = SigningKeys.generate(SigningAlgorithm.HS256);
        assertEquals(Optional.empty(), verified.get("a.b.c", kid -> Optional.of(other.verificationKey())));
        assertEquals(Optional.empty(), verified.get("a.b.d", kid -> Optional.of(KEY.verificationKey())));
    }

    @Test
    void itNeverHoldsMoreThanItsCapacity() {
        VerifiedSignatures verified = new VerifiedSignatures();
        for (int i = 0; i <= VerifiedSignatures.CAPACITY; i++) {
            verified.put("token-" + i, KEY.verificationKey(), CLAIMS);
            assertTrue(verified.size() <= VerifiedSignatures.CAPACITY);
        }
        assertEquals(Optional.of(CLAIMS), verified.get("token-" + VerifiedSignatures.CAPACITY,
                kid -> Optional.of(KEY.verificationKey())));
    }
}

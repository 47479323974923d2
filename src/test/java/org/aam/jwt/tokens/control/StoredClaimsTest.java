package org.aam.jwt.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aam.jwt.keys.control.SigningKeys;
import org.aam.jwt.keys.entity.SigningAlgorithm;
import org.aam.jwt.keys.entity.SigningKey;
import org.aam.jwt.tokens.entity.IssuedJwt;
import org.aam.jwt.tokens.entity.Token;
import org.junit.jupiter.api.Test;

class StoredClaimsTest {

    private static final SigningKey KEY = SigningKeys.generate(SigningAlgorithm.HS256);

    private static Token stored(String jti, String department) {
        String compact = JwtSigner.sign(KEY, "{\"jti\":\"" + jti + "\",\"iat\":1,\"exp\":2,\"userId\":7,"
                + "\"department\":\"" + department + "\"}");
        return new Token(new IssuedJwt(compact, jti, KEY.keyId(), 1, 2, false, true), 7, 1);
    }

    @Test
    void theClaimsAreTheStoredTokensOwn() {
        StoredClaims claims = new StoredClaims();
        assertEquals("IT", claims.of(stored("a", "IT")).getString("department"));
        assertEquals("Sales", claims.of(stored("b", "Sales")).getString("department"));
        assertEquals("IT", claims.of(stored("a", "IT")).getString("department"));
        assertEquals(7, claims.of(stored("b", "Sales")).getInt("userId"));
    }

    @Test
    void itNeverHoldsMoreThanItsCapacity() {
        StoredClaims claims = new StoredClaims();
        Token token = stored("a", "IT");
        for (int i = 0; i <= StoredClaims.CAPACITY; i++) {
            claims.of(new Token(new IssuedJwt(token.compact(), "id-" + i, KEY.keyId(), 1, 2, false, true), 7, 1));
            assertTrue(claims.size() <= StoredClaims.CAPACITY);
        }
    }
}

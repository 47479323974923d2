package org.aam.jwt.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aam.jwt.keys.control.SigningKeys;
import org.aam.jwt.keys.entity.SigningAlgorithm;
import org.aam.jwt.keys.entity.SigningKey;
import org.aam.jwt.tokens.entity.IssuedJwt;
import org.aam.jwt.tokens.entity.OpenedToken;
import org.aam.jwt.tokens.entity.Token;
import org.junit.jupiter.api.Test;

class OpenedTokensTest {

    private static final SigningKey KEY = SigningKeys.generate(SigningAlgorithm.HS256);

    private static Token stored(String jti, String department) {
        String compact = JwtSigner.sign(KEY, "{\"jti\":\"" + jti + "\",\"iat\":1,\"exp\":2,\"userId\":7,"
                + "\"department\":\"" + department + "\"}");
        return new Token(new IssuedJwt(compact, jti, KEY.keyId(), 1, 2, false, true), 7, 1);
    }

    @Test
    void anOpenedTokenIsTheStoredTokenWithItsOwnClaims() {
        OpenedTokens opened = new OpenedTokens();
        Token it = stored("a", "IT");
        Token sales = stored("b", "Sales");
        assertEquals("IT", opened.of(it).claims().getString("department"));
        assertEquals("Sales", opened.of(sales).claims().getString("department"));
        OpenedToken again = opened.of(stored("a", "IT"));
        assertEquals(it.compact(), again.compact());
        assertEquals("IT", again.claims().getString("department"));
        assertEquals(sales.compact(), opened.of(sales).compact());
        assertEquals(7, opened.of(sales).claims().getInt("userId"));
    }

    @Test
    void itNeverHoldsMoreThanItsCapacity() {
        OpenedTokens opened = new OpenedTokens();
        Token token = stored("a", "IT");
        for (int i = 0; i <= OpenedTokens.CAPACITY; i++) {
            opened.of(new Token(new IssuedJwt(token.compact(), "id-" + i, KEY.keyId(), 1, 2, false, true), 7, 1));
            assertTrue(opened.size() <= OpenedTokens.CAPACITY);
        }
    }
}

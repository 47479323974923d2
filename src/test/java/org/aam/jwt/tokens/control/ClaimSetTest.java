package org.aam.jwt.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.aam.jwt.tokens.entity.TokenRequest;
import org.aam.jwt.tokens.entity.TokenSubject;
import org.aam.jwt.rest.entity.WpError;
import org.junit.jupiter.api.Test;

class ClaimSetTest {

    private static final TokenSubject SUBJECT = new TokenSubject(7, "jane", List.of("aam_manager", "editor"));

    @Test
    void carriesTheAamClaimsThenTheAdditionalOnes() {
        JsonObject additional = Json.createObjectBuilder().add("department", "IT").add("level", 3).build();
        JsonObject claims = ClaimSet.of(new TokenRequest(2000, true, false, additional), "https://site", "j-1", 1000, SUBJECT);
        assertEquals(List.of("iat", "iss", "exp", "jti", "refreshable", "revocable", "userId", "sub", "upn", "groups",
                "department", "level"),
                List.copyOf(claims.keySet()));
        assertEquals(1000, claims.getInt("iat"));
        assertEquals(2000, claims.getInt("exp"));
        assertEquals("https://site", claims.getString("iss"));
        assertEquals("j-1", claims.getString("jti"));
        assertTrue(claims.getBoolean("refreshable"));
        assertEquals(false, claims.getBoolean("revocable"));
        assertEquals(7, claims.getInt("userId"));
        assertEquals("7", claims.getString("sub"));
        assertEquals("jane", claims.getString("upn"));
        assertEquals(List.of("aam_manager", "editor"), claims.getJsonArray("groups").getValuesAs(JsonString::getString));
        assertEquals("IT", claims.getString("department"));
    }

    @Test
    void aRenewedClaimSetKeepsEveryClaimInOrderAndTheLifetime() {
        JsonObject additional = Json.createObjectBuilder().add("department", "IT").build();
        JsonObject old = ClaimSet.of(new TokenRequest(4600, true, true, additional), "https://site", "j-1", 1000, SUBJECT);
        JsonObject renewed = ClaimSet.renewed(old, "j-2", 5000, SUBJECT);
        assertEquals(List.copyOf(old.keySet()), List.copyOf(renewed.keySet()));
        assertEquals(5000, renewed.getInt("iat"));
        assertEquals(8600, renewed.getInt("exp"));
        assertEquals("j-2", renewed.getString("jti"));
        assertEquals(Json.createObjectBuilder(old).remove("iat").remove("exp").remove("jti").build(),
                Json.createObjectBuilder(renewed).remove("iat").remove("exp").remove("jti").build());
    }

    @Test
    void aRenewedClaimSetNamesTheUsersCurrentRightsNotTheOldOnes() {
        JsonObject old = ClaimSet.of(new TokenRequest(4600, true, true, Json.createObjectBuilder().build()),
                "https://site", "j-1", 1000, new TokenSubject(7, "jane", List.of("administrator")));
        JsonObject renewed = ClaimSet.renewed(old, "j-2", 5000, new TokenSubject(7, "jane.doe", List.of("subscriber")));
        assertEquals(List.of("subscriber"), renewed.getJsonArray("groups").getValuesAs(JsonString::getString));
        assertEquals("jane.doe", renewed.getString("upn"));
        assertEquals(List.copyOf(old.keySet()), List.copyOf(renewed.keySet()));
    }

    @Test
    void additionalClaimsCannotOverrideReservedOnes() {
        JsonObject sneaky = Json.createObjectBuilder().add("jti", "mine").add("exp", 9_999_999_999L).add("iss", "evil")
                .add("ok", 1).build();
        WpError error = assertThrows(WpError.class, () -> ClaimSet.checkAdditional(sneaky));
        assertEquals(400, error.status());
        assertEquals("Invalid parameter(s): additional_claims may not set the reserved claim(s) exp, iss, jti",
                error.getMessage());
    }

    @Test
    void everyReservedNameIsRefused() {
        for (String name : ClaimSet.RESERVED) {
            JsonObject claims = Json.createObjectBuilder().add(name, "x").build();
            assertThrows(WpError.class, () -> ClaimSet.checkAdditional(claims), name);
        }
    }
}

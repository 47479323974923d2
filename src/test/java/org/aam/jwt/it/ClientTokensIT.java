package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /jwt/refresh} and {@code /jwt/revoke}: what a client holding a token may do with it. */
class ClientTokensIT extends DeployedService {

    private static final String REFRESH = "aam/v2/jwt/refresh";
    private static final String REVOKE = "aam/v2/jwt/revoke";

    private long freshUser() {
        return newUser("client", "[\"subscriber\"]", "[]").getInt("id");
    }

    private JsonObject tokenFor(long userId, String options) {
        return created(admin(), "{\"user_id\":" + userId + (options.isEmpty() ? "" : "," + options) + "}");
    }

    private HttpAnswer refresh(String token) {
        return api().postJson(REFRESH, "{\"jwt\":\"" + token + "\"}");
    }

    private List<String> idsOf(long userId) {
        return admin().get(JWT + "?user_id=" + userId + "&fields=id").array().stream()
                .map(v -> v.asJsonObject().getString("id")).toList();
    }

    private static void assertJwtFailure(HttpAnswer answer, int status, String reason) {
        assertEquals(status, answer.status(), answer::toString);
        assertEquals("rest_jwt_validation_failure", answer.json().getString("code"), answer::toString);
        assertEquals(reason, answer.json().getString("reason"), answer::toString);
    }

    @Test
    void refreshIssuesANewTokenWithTheSameClaimsAndLifetimeInTheOldOnesPlace() {
        long userId = freshUser();
        JsonObject first = tokenFor(userId, "");
        JsonObject old = tokenFor(userId, "\"expires_in\":\"+2 hours\",\"is_refreshable\":true,"
                + "\"additional_claims\":{\"department\":\"IT\",\"level\":3}");
        JsonObject last = tokenFor(userId, "");
        JsonObject oldClaims = old.getJsonObject("claims");

        HttpAnswer answer = refresh(old.getString("token"));
        assertEquals(200, answer.status(), answer::toString);
        assertEquals(List.of("token", "token_expires"), List.copyOf(answer.json().keySet()));
        String token = answer.json().getString("token");
        JsonObject claims = validate(token).json();
        assertNotEquals(oldClaims.getString("jti"), claims.getString("jti"));
        assertTrue(claims.getJsonNumber("iat").longValue() >= oldClaims.getJsonNumber("iat").longValue());
        assertEquals(7200, claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue());
        assertEquals(claims.getJsonNumber("exp").longValue(), answer.json().getJsonNumber("token_expires").longValue());
        assertEquals(without(oldClaims), without(claims), "every other claim is unchanged");

        assertEquals(List.of(first.getString("id"), claims.getString("jti"), last.getString("id")), idsOf(userId));
        assertJwtFailure(validate(old.getString("token")), 400, "Token has been revoked");
        assertJwtFailure(refresh(old.getString("token")), 400, "Token has been revoked");
    }

    private static JsonObject without(JsonObject claims) {
        return Json.createObjectBuilder(claims).remove("jti").remove("iat").remove("exp").build();
    }

    @Test
    void theJwtParameterComesFromJsonFormOrQuery() {
        long userId = freshUser();
        String refreshable = "\"is_refreshable\":true";
        assertEquals(200, api().postForm(REFRESH, "jwt=" + tokenFor(userId, refreshable).getString("token")).status());
        assertEquals(200, api().postJson(REFRESH + "?jwt=" + tokenFor(userId, refreshable).getString("token"), "")
                .status());
        assertEquals(200, api().postForm(REVOKE, "jwt=" + tokenFor(userId, "").getString("token")).status());
        assertEquals(200, api().postJson(REVOKE + "?jwt=" + tokenFor(userId, "").getString("token"), "").status());
        assertEquals(200, api().postJson("wp-json/" + REVOKE, "{\"jwt\":\"" + tokenFor(userId, "").getString("token")
                + "\"}").status());
    }

    @Test
    void invalidOrMissingTokensAre400WithTheReason() {
        assertJwtFailure(refresh("not-a-token"), 400, "Token is malformed or was not issued by this service");
        assertJwtFailure(api().postJson(REFRESH, "{}"), 400, "The jwt parameter is required");
        assertJwtFailure(api().postJson(REVOKE, "{\"jwt\":\"not-a-token\"}"), 400,
                "Token is malformed or was not issued by this service");
        assertJwtFailure(api().postForm(REVOKE, ""), 400, "The jwt parameter is required");
    }

    @Test
    void aTokenThatIsNotRefreshableIs405() {
        JsonObject token = tokenFor(freshUser(), "");
        assertJwtFailure(refresh(token.getString("token")), 405, "Token is not refreshable");
        assertEquals(200, validate(token.getString("token")).status(), "a refused refresh changes nothing");
    }

    @Test
    void ofConcurrentRefreshesOfOneTokenExactlyOneSucceeds() throws Exception {
        long userId = freshUser();
        String token = tokenFor(userId, "\"is_refreshable\":true").getString("token");
        assertOneOfEightRefreshesWins(token, "Token has been revoked");
        assertEquals(1, idsOf(userId).size(), "one token replaced the old one");
    }

    @Test
    void ofConcurrentRefreshesOfANonRevocableTokenExactlyOneSucceeds() throws Exception {
        long userId = freshUser();
        String token = tokenFor(userId, "\"is_refreshable\":true,\"is_revocable\":false").getString("token");
        assertOneOfEightRefreshesWins(token, "Token has already been refreshed: use the token that replaced it");
        assertEquals(200, validate(token).status(), "a non-revocable token keeps working until it expires");
        assertEquals(1, idsOf(userId).size());
    }

    private void assertOneOfEightRefreshesWins(String token, String reasonOfTheOthers) throws Exception {
        List<HttpAnswer> answers = concurrently(8, () -> refresh(token));
        assertEquals(1, answers.stream().filter(a -> a.status() == 200).count(), answers::toString);
        answers.stream().filter(a -> a.status() != 200).forEach(a -> assertJwtFailure(a, 400, reasonOfTheOthers));
    }

    @Test
    void refreshKeepsTheRegistryWithinItsLimit() {
        long userId = freshUser();
        String refreshable = tokenFor(userId, "\"is_refreshable\":true").getString("token");
        for (int i = 0; i < 9; i++) {
            tokenFor(userId, "");
        }
        List<String> before = idsOf(userId);
        String renewed = refresh(refreshable).json().getString("token");
        List<String> after = idsOf(userId);
        assertEquals(10, after.size());
        assertEquals(before.subList(1, 10), after.subList(1, 10), "no other token was pushed out");
        assertEquals(validate(renewed).json().getString("jti"), after.get(0));
    }

    @Test
    void revokeStopsARevocableTokenOnce() {
        long userId = freshUser();
        JsonObject token = tokenFor(userId, "");
        HttpAnswer revoked = api().postJson(REVOKE, "{\"jwt\":\"" + token.getString("token") + "\"}");
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals(Json.createObjectBuilder().add("message", "Token revoked successfully").build(), revoked.json());
        assertJwtFailure(validate(token.getString("token")), 400, "Token has been revoked");
        assertError(api().bearer(token.getString("token")).get(JWT), 401, "rest_unauthorized");
        assertEquals(List.of(), idsOf(userId));
        assertJwtFailure(api().postJson(REVOKE, "{\"jwt\":\"" + token.getString("token") + "\"}"), 400,
                "Token has been revoked");
    }

    @Test
    void revokingANonRevocableTokenSaysItCannotBeAndChangesNothing() {
        long userId = freshUser();
        JsonObject token = tokenFor(userId, "\"is_revocable\":false");
        assertJwtFailure(api().postJson(REVOKE, "{\"jwt\":\"" + token.getString("token") + "\"}"), 405,
                "Token is not revocable: it keeps working until it expires");
        assertEquals(200, validate(token.getString("token")).status());
        assertEquals(List.of(token.getString("id")), idsOf(userId));
    }

    @Test
    void aDeactivatedUsersTokenCannotBeRefreshed() {
        long userId = freshUser();
        String token = tokenFor(userId, "\"is_refreshable\":true,\"is_revocable\":false").getString("token");
        assertEquals(200, admin().patchJson("aam/v2/users/" + userId, "{\"status\":\"inactive\"}").status());
        assertJwtFailure(refresh(token), 400, "User is inactive");
    }

    /** Runs the request from {@code count} threads released at the same moment. */

    @Test
    void aNonRevocableTokenPushedOutOfTheRegistryStillRefreshesOnceIntoTheNewestPlace() {
        long userId = freshUser();
        String pushedOut = tokenFor(userId, "\"is_refreshable\":true,\"is_revocable\":false").getString("token");
        for (int i = 0; i < 10; i++) {
            tokenFor(userId, "");
        }
        List<String> before = idsOf(userId);
        assertEquals(200, validate(pushedOut).status(), "it still authenticates outside the registry");

        HttpAnswer refreshed = refresh(pushedOut);
        assertEquals(200, refreshed.status(), refreshed::toString);
        List<String> after = idsOf(userId);
        assertEquals(10, after.size());
        assertEquals(before.subList(1, 10), after.subList(0, 9), "only the oldest was dropped");
        assertEquals(validate(refreshed.json().getString("token")).json().getString("jti"), after.get(9));
        assertJwtFailure(refresh(pushedOut), 400, "Token has already been refreshed: use the token that replaced it");
    }
}

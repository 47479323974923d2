package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** {@code last_used_at}: the last time a token authenticated a request, written without a write per request. */
class LastUseIT extends DeployedService {

    private static final Duration FIRST_USE_SHOWS_WITHIN = Duration.ofSeconds(10);

    private JsonObject manager() {
        return newUser("used", "[\"subscriber\"]", "[\"aam_manager\",\"aam_manage_jwt\"]");
    }

    private JsonObject tokenFor(JsonObject user) {
        return created(admin(), "{\"user_id\":" + user.getInt("id") + "}");
    }

    /** The token's last use as the administrator's list shows it; empty while it shows null. */
    private Optional<Instant> lastUseOf(JsonObject user, JsonObject token) {
        HttpAnswer list = admin().get(JWT + "?user_id=" + user.getInt("id") + "&fields=last_used_at");
        assertEquals(200, list.status(), list::toString);
        JsonObject listed = list.array().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("id").equals(token.getString("id"))).findFirst().orElseThrow();
        return listed.isNull("last_used_at") ? Optional.empty()
                : Optional.of(Instant.parse(listed.getString("last_used_at")));
    }

    @Test
    void aTokenNeverUsedShowsNull() {
        JsonObject user = manager();
        JsonObject token = tokenFor(user);
        assertTrue(token.isNull("last_used_at"), token::toString);
        assertEquals(Optional.empty(), lastUseOf(user, token));
        JsonObject one = admin().get(JWT + "/" + token.getString("id") + "?user_id=" + user.getInt("id")).json();
        assertTrue(one.isNull("last_used_at"), one::toString);
    }

    @Test
    void aUseOnEveryChannelShowsWithinTenSeconds() {
        JsonObject user = manager();
        Map<String, Function<String, HttpAnswer>> channels = new LinkedHashMap<>();
        channels.put("header", token -> api().bearer(token).get(JWT));
        channels.put("query", token -> api().get(JWT + "?aam-jwt=" + token));
        channels.put("form", token -> api().postForm(JWT, "aam-jwt=" + token));
        channels.put("cookie", token -> api().with("Cookie", "aam_jwt_token=" + token).get(JWT));
        Map<String, JsonObject> tokens = new LinkedHashMap<>();
        channels.keySet().forEach(channel -> tokens.put(channel, tokenFor(user)));
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        channels.forEach((channel, use) -> assertEquals(200,
                use.apply(tokens.get(channel).getString("token")).status(), channel));

        eventually(FIRST_USE_SHOWS_WITHIN, () -> tokens.values().stream()
                .allMatch(token -> lastUseOf(user, token).isPresent()));
        Instant after = Instant.now();
        tokens.forEach((channel, token) -> {
            Instant used = lastUseOf(user, token).orElseThrow();
            assertFalse(used.isBefore(before) || used.isAfter(after), channel + ": " + used);
        });
    }

    @Test
    void validatingATokenIsNotAUse() {
        JsonObject user = manager();
        JsonObject validated = tokenFor(user);
        JsonObject used = tokenFor(user);
        assertEquals(200, validate(validated.getString("token")).status());
        assertEquals(200, api().bearer(used.getString("token")).get(JWT).status());
        // Both would be written by the same periodic write: once the use shows, a recorded check would too.
        eventually(FIRST_USE_SHOWS_WITHIN, () -> lastUseOf(user, used).isPresent());
        assertEquals(Optional.empty(), lastUseOf(user, validated));
    }

    @Test
    void theLastUseDoesNotMoveBackAndEveryViewShowsTheSame() {
        JsonObject user = manager();
        JsonObject token = tokenFor(user);
        Api owner = api().bearer(token.getString("token"));
        assertEquals(200, owner.get(JWT).status());
        eventually(FIRST_USE_SHOWS_WITHIN, () -> lastUseOf(user, token).isPresent());
        Instant first = lastUseOf(user, token).orElseThrow();
        assertEquals(200, owner.get(JWT).status(), "a later use");
        Instant later = lastUseOf(user, token).orElseThrow();
        assertFalse(later.isBefore(first), later + " before " + first);
        String path = JWT + "/" + token.getString("id") + "?user_id=" + user.getInt("id");
        assertEquals(later.toString(), admin().get(path).json().getString("last_used_at"), "get");
        assertFalse(Instant.parse(admin().delete(path + "&fields=last_used_at").json().getString("last_used_at"))
                .isBefore(later), "the answer of a delete");
    }

    @Test
    void fieldsNamesLastUsedAt() {
        JsonObject user = manager();
        tokenFor(user);
        JsonObject listed = admin().get(JWT + "?user_id=" + user.getInt("id") + "&fields=last_used_at").array()
                .getJsonObject(0);
        assertEquals(Set.of("id", "token", "last_used_at"), listed.keySet());
        JsonObject all = admin().get(JWT + "?user_id=" + user.getInt("id")).array().getJsonObject(0);
        assertTrue(all.containsKey("last_used_at"), "without fields, a token object carries it");
        HttpAnswer unknown = admin().get(JWT + "?fields=last_use");
        assertError(unknown, 400, "rest_invalid_param");
        assertTrue(unknown.json().getString("message").contains("last_used_at"), unknown::toString);
    }
}

package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's curl walk-through, then the examples of docs/api.md, run as written: the marked {@code bash} blocks,
 * in order, in one {@code bash -euo pipefail}, with the two variables the README has the reader export. Every curl
 * there uses {@code --fail-with-body}, so a step the service refuses stops the script; what each step prints is then
 * checked here, so a step that answers something else fails too.
 */
class ReadmeCurlIT extends DeployedService {

    static final String MARKER = "<!-- ReadmeCurlIT runs this block -->";
    private static final Pattern MARKED_BLOCK = Pattern.compile(Pattern.quote(MARKER) + "\\n```bash\\n(.*?)```",
            Pattern.DOTALL);
    private static final String JWT = "[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+";
    /** The users the walk-through creates. */
    private static final List<String> WALK_THROUGH_USERS = List.of("jane", "joe");

    /**
     * The walk-through starts from a fresh start, which has neither user; the integration tests' database outlives
     * one run (the data folder under target/), so a user left by an earlier run is removed first, and after.
     */
    @BeforeEach
    @AfterEach
    void removeTheWalkThroughUsers() {
        for (JsonValue user : admin().get("aam/v2/users").array()) {
            JsonObject existing = user.asJsonObject();
            if (WALK_THROUGH_USERS.contains(existing.getString("username"))) {
                HttpAnswer deleted = admin().delete("aam/v2/users/" + existing.getInt("id"));
                assertEquals(200, deleted.status(), deleted::toString);
            }
        }
    }

    @Test
    void theReadmeWalkThroughAndTheApiExamplesWorkAsWritten() throws IOException, InterruptedException {
        String readme = markedBlocks(Path.of("README.md"));
        String api = markedBlocks(Path.of("docs/api.md"));
        Output output = bash(readme + api);
        Iterator<String> lines = output.lines().iterator();

        // README 1: the administrator's token, which works as a credential
        String adminToken = value(next(lines, output), "admin token: (" + JWT + ")");
        HttpAnswer me = api().bearer(adminToken).get("aam/v2/users/me");
        assertEquals(200, me.status(), me::toString);
        assertEquals(ADMIN, me.json().getString("username"));

        // README 2: jane exists, under the id printed
        long janeId = Long.parseLong(value(next(lines, output), "jane's id: ([0-9]+)"));
        HttpAnswer jane = admin().get("aam/v2/users/" + janeId);
        assertEquals(200, jane.status(), jane::toString);
        assertEquals("jane", jane.json().getString("username"));

        // README 3: a token of jane's, with the claim asked for (read from the token itself: api.md's examples,
        // which ran after it, deleted it), which /jwt/validate accepted: it printed the same claims
        JsonObject janeClaims = claimsOf(value(next(lines, output), "jane's token: (" + JWT + ")"));
        assertEquals(janeId, janeClaims.getJsonNumber("userId").longValue());
        assertEquals("IT", janeClaims.getString("department", null), janeClaims::toString);
        String janeTokenId = janeClaims.getString("jti");
        assertEquals(janeClaims, object(next(lines, output)));
        JsonArray janesList = array(next(lines, output));
        assertEquals(1, janesList.size(), janesList::toString);
        assertEquals(janeTokenId, janesList.getJsonObject(0).getString("id"));
        assertTrue(janesList.getJsonObject(0).getBoolean("is_valid"));

        // api.md, managing tokens: issue one for jane, one for the caller by the reference's form example
        String tokenId = value(next(lines, output), "token id: ([0-9a-f-]{36})");
        JsonObject formExample = object(next(lines, output));
        assertEquals(ADMIN, formExample.getJsonObject("claims").getString("upn"));
        assertTrue(formExample.getBoolean("is_valid"));
        JsonArray listed = array(next(lines, output));
        assertEquals(List.of(janeTokenId, tokenId), ids(listed));
        JsonObject one = object(next(lines, output));
        assertEquals(tokenId, one.getString("id"));
        assertEquals("IT", one.getJsonObject("claims").getString("department", null), one::toString);
        JsonObject deleted = object(next(lines, output));
        assertEquals(tokenId, deleted.getString("id"));
        assertFalse(deleted.getBoolean("is_valid"), deleted::toString);
        assertEquals(1, object(next(lines, output)).getInt("deleted_token_count"), "reset: the README's token left");

        // api.md, the plugin's routes under both prefixes: issue, list, delete all
        for (String prefix : List.of("/aam/v2/service/jwts", "/wp-json/aam/v2/service/jwts")) {
            JsonObject issued = object(next(lines, output));
            assertEquals(janeId, issued.getJsonObject("claims").getJsonNumber("userId").longValue(), prefix);
            assertEquals(List.of(issued.getString("id")), ids(array(next(lines, output))), prefix);
            assertEquals(1, object(next(lines, output)).getInt("deleted_token_count"), prefix);
        }

        // api.md, validate, refresh and revoke a refreshable token
        JsonObject refreshable = object(next(lines, output));
        assertTrue(refreshable.getBoolean("refreshable"), refreshable::toString);
        assertEquals(janeId, refreshable.getJsonNumber("userId").longValue());
        String refreshed = value(next(lines, output), "refreshed: (" + JWT + ")");
        assertNotEquals(refreshable.getString("jti"), claimsOf(refreshed).getString("jti"));
        assertEquals("Token revoked successfully", object(next(lines, output)).getString("message"));
        assertEquals(400, validate(refreshed).status(), "the refreshed token was revoked");

        // api.md, managing users: joe is created, listed, deactivated and deleted
        long joeId = Long.parseLong(value(next(lines, output), "joe's id: ([0-9]+)"));
        JsonArray users = array(next(lines, output));
        assertTrue(users.stream().anyMatch(user -> user.asJsonObject().getInt("id") == joeId), users::toString);
        assertEquals("inactive", object(next(lines, output)).getString("status"));
        assertEquals(joeId, object(next(lines, output)).getJsonNumber("id").longValue());
        assertEquals(404, admin().get("aam/v2/users/" + joeId).status(), "joe was deleted");

        assertFalse(lines.hasNext(), () -> "a step printed more than this test expects:\n" + output);
    }

    /** The marked {@code bash} blocks of a page, in order; a page without one is a mistake (the marker was lost). */
    static String markedBlocks(Path page) throws IOException {
        Matcher block = MARKED_BLOCK.matcher(Files.readString(page));
        StringBuilder script = new StringBuilder();
        while (block.find()) {
            script.append(block.group(1)).append('\n');
        }
        assertFalse(script.isEmpty(), () -> page + " has no block marked " + MARKER);
        return script.toString();
    }

    /** Runs the script as a reader does after the README's {@code export AAM=... AAM_ADMIN_PASSWORD=...}. */
    private Output bash(String script) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("readme-curl");
        Path out = folder.resolve("stdout");
        Path err = folder.resolve("stderr");
        ProcessBuilder builder = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script)
                .directory(folder.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("AAM", api().base().replaceFirst("/$", ""));
        builder.environment().put("AAM_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Process bash = builder.start();
        boolean ended = bash.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            bash.destroyForcibly();
        }
        Output output = new Output(ended ? bash.exitValue() : -1, Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        Files.delete(folder);
        assertEquals(0, output.exit(), () -> "the walk-through stopped (exit status; -1: it took too long)\n" + output);
        return output;
    }

    private static String next(Iterator<String> lines, Output output) {
        assertTrue(lines.hasNext(), () -> "a step printed nothing where this test expects a line:\n" + output);
        return lines.next();
    }

    private static String value(String line, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(line);
        assertTrue(matcher.matches(), () -> "expected " + pattern + ", printed: " + line);
        return matcher.group(1);
    }

    private static JsonObject object(String line) {
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        } catch (RuntimeException notAnObject) {
            throw new AssertionError("expected a JSON object, printed: " + line, notAnObject);
        }
    }

    private static JsonArray array(String line) {
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            return reader.readArray();
        } catch (RuntimeException notAnArray) {
            throw new AssertionError("expected a JSON array, printed: " + line, notAnArray);
        }
    }

    private static List<String> ids(JsonArray tokens) {
        List<String> ids = new ArrayList<>();
        tokens.forEach(token -> ids.add(token.asJsonObject().getString("id")));
        return ids;
    }

    /** The claims a token carries, read without checking it. */
    private static JsonObject claimsOf(String token) {
        return object(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    /** What the script printed, line by line, and its errors for the failure message. */
    private record Output(int exit, String stdout, String stderr) {

        List<String> lines() {
            return stdout.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }
}

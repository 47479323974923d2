package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The metrics over HTTP: who may read them, their format, and that the counters move with what happens. The
 * server of the tests has {@code aam.metrics.token} set to {@link #SCRAPE_TOKEN} (the pom's environment).
 */
class MetricsIT extends DeployedService {

    private static final String METRICS = "aam/v2/metrics";
    private static final String SCRAPE_TOKEN = "it-metrics-scrape-token";

    private String scrape() {
        HttpAnswer answer = admin().get(METRICS);
        assertEquals(200, answer.status(), answer::toString);
        return answer.body();
    }

    /** The value of the sample that this line starts with, name and labels; 0 when it is not there yet. */
    private static double sample(String metrics, String nameAndLabels) {
        return metrics.lines().filter(line -> line.startsWith(nameAndLabels + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(nameAndLabels.length() + 1).trim())).orElse(0.0);
    }

    @Test
    void metricsAreForAdministratorsAndTheScrapeTokenOnly() {
        HttpAnswer byAdmin = admin().get(METRICS);
        assertEquals(200, byAdmin.status(), byAdmin::toString);
        // The Prometheus text format 0.0.4; a server may order the parameters its own way.
        String type = byAdmin.header("Content-Type").orElse("").toLowerCase().replace(" ", "");
        assertTrue(type.startsWith("text/plain;") && type.contains("version=0.0.4") && type.contains("charset=utf-8"),
                type);
        assertTrue(byAdmin.body().contains("# TYPE aam_tokens_issued_total counter"), byAdmin::body);

        HttpAnswer byScraper = api().bearer(SCRAPE_TOKEN).get(METRICS);
        assertEquals(200, byScraper.status(), byScraper::toString);
        assertTrue(byScraper.body().contains("aam_tokens_registered"));
        assertEquals(200, api().with("Authorization", "bearer " + SCRAPE_TOKEN).get("wp-json/" + METRICS).status());

        assertError(api().bearer(SCRAPE_TOKEN + "x").get(METRICS), 401, "rest_unauthorized");
        assertError(api().get(METRICS), 401, "rest_unauthorized");
        JsonObject manager = newUser("metrics", "[\"editor\"]", "[\"aam_manager\",\"aam_manage_jwt\"]");
        assertError(api().basic(manager.getString("username"), passwordOf(manager)).get(METRICS), 403,
                "rest_forbidden");
    }

    @Test
    void countersMoveWithTokensLoginsAndRefusals() {
        String before = scrape();
        JsonObject user = newUser("counted", "[\"subscriber\"]", "[]");
        long userId = user.getInt("id");
        JsonObject token = created(admin(), "{\"user_id\":" + userId + "}");
        assertEquals(200, admin().delete(JWT + "/" + token.getString("id") + "?user_id=" + userId).status());
        assertEquals(401, logIn(user.getString("username"), "wrong-password").status());
        assertEquals(200, logIn(user.getString("username"), passwordOf(user)).status());
        assertEquals(403, api().basic(user.getString("username"), passwordOf(user)).get(JWT).status());

        String after = scrape();
        assertEquals(1, sample(after, "aam_tokens_issued_total") - sample(before, "aam_tokens_issued_total"));
        assertEquals(1, sample(after, "aam_tokens_deleted_total") - sample(before, "aam_tokens_deleted_total"));
        assertTrue(sample(after, "aam_logins_total{outcome=\"failed\"}")
                > sample(before, "aam_logins_total{outcome=\"failed\"}"));
        assertTrue(sample(after, "aam_logins_total{outcome=\"succeeded\"}")
                > sample(before, "aam_logins_total{outcome=\"succeeded\"}"));
        assertTrue(sample(after, "aam_http_refused_total{status=\"403\"}")
                > sample(before, "aam_http_refused_total{status=\"403\"}"));
        assertTrue(sample(after, "aam_tokens_registered") >= 1);
    }

    @Test
    void latencyIsByRouteTemplateWhateverPathAClientSends() {
        String unknownId = UUID.randomUUID().toString();
        assertEquals(404, admin().get(JWT + "/" + unknownId).status());
        assertEquals(404, api().get("aam/v2/no-such-route-" + unknownId).status());
        String metrics = scrape();
        assertTrue(metrics.contains("aam_http_requests_seconds_count{method=\"GET\",route=\"/aam/v2/service/jwt/{id}\"}"),
                metrics);
        assertTrue(metrics.contains("route=\"unmatched\""), metrics);
        assertTrue(metrics.contains("aam_http_requests_seconds_bucket{"), "a histogram");
        assertFalse(metrics.contains(unknownId), "no raw path in a label");
    }
}

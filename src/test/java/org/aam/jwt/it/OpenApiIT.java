package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aam.jwt.rest.control.OpenApiDocument;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is served, without a credential, at {@code /aam/v2/openapi.json} and by the server's
 * MicroProfile OpenAPI at {@code /openapi}, and it lists every route of the WAR. (That every answer matches it is
 * checked by every test: see {@link ApiDocument}.)
 */
class OpenApiIT extends DeployedService {

    /** The routes under {@code /aam/v2/} and {@code /wp-json/aam/v2/}. */
    private static final List<String> API_ROUTES = List.of("authenticate", "service/jwt", "service/jwts",
            "service/jwt/{id}", "service/jwt/reset", "jwt/validate", "jwt/refresh", "jwt/revoke", "users", "users/me",
            "users/manageable", "users/{id}", "keys", "keys/{kid}", "keys/{kid}/current", "backups", "health", "audit",
            "metrics", "openapi.json");
    /** The routes of the WAR's servlets: the signed URL, the JWKS, the console and its session. */
    private static final List<String> OTHER_ROUTES = List.of("/", "/.well-known/jwks.json", "/console/",
            "/console/session");

    @Test
    void theDocumentIsServedWithoutACredentialUnderBothPrefixesAndListsEveryRoute() {
        for (String path : List.of("aam/v2/openapi.json", "wp-json/aam/v2/openapi.json")) {
            HttpAnswer answer = api().get(path);
            assertEquals(200, answer.status(), answer::toString);
            assertEquals("public, max-age=3600", answer.header("Cache-Control").orElse(""), "it holds no secret");
            JsonObject document = answer.json();
            assertEquals("3.0.3", document.getString("openapi"));
            assertListsEveryRoute(document.getJsonObject("paths").keySet(), path);
            assertEquals(OpenApiDocument.load(), document, "the JSON is the WAR's openapi.yaml, read as it is");
        }
    }

    /**
     * Payara Micro serves the WAR's document at {@code /openapi}. So does WildFly with MicroProfile OpenAPI
     * ({@code standalone-microprofile.xml}), with the paths under the WAR's context root; its default configuration and
     * GlassFish have no MicroProfile OpenAPI, and answer 404.
     */
    @Test
    void theServersMicroProfileOpenApiServesTheDocumentWithItsPaths() {
        String server = api().base().replaceFirst("(//[^/]+/).*", "$1");
        String contextRoot = api().base().substring(server.length() - 1, api().base().length() - 1);
        HttpAnswer answer = new Api(server).outsideTheDocument().with("Accept", "application/json").get("openapi");
        boolean payara = "payara-micro".equals(System.getProperty("arquillian.launch", "payara-micro"));
        if (!payara && answer.status() == 404) {
            return;
        }
        assertEquals(200, answer.status(), answer::toString);
        Set<String> paths = answer.json().getJsonObject("paths").keySet().stream()
                .map(path -> payara || !path.startsWith(contextRoot + "/") ? path
                        : path.substring(contextRoot.length()))
                .collect(Collectors.toSet());
        assertListsEveryRoute(paths, "/openapi");
        assertTrue(paths.stream().noneMatch(path -> path.startsWith("/null")), () -> "no scanned paths: " + paths);
        assertEquals(OpenApiDocument.load().getJsonObject("paths").keySet(), paths, "the WAR's document, not a scan");
    }

    private static void assertListsEveryRoute(Set<String> paths, String where) {
        List<String> missing = new ArrayList<>();
        Stream.concat(API_ROUTES.stream().flatMap(route -> Stream.of("/aam/v2/" + route, "/wp-json/aam/v2/" + route)),
                OTHER_ROUTES.stream()).filter(route -> !paths.contains(route)).forEach(missing::add);
        assertEquals(List.of(), missing, () -> where + " lacks routes; it lists " + paths);
    }
}

package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The check every integration test's answers go through finds what drifts from the document, and only that. */
class ApiDocumentTest {

    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));
    private static final String USER = "{\"id\":2,\"username\":\"jane\",\"display_name\":\"jane\","
            + "\"roles\":[\"subscriber\"],\"email\":\"\",\"capabilities\":[],\"status\":\"active\"";

    @Test
    void aDocumentedAnswerPassesUnderBothPrefixes() {
        assertDoesNotThrow(() -> ApiDocument.check("GET", "aam/v2/users/2", 200, JSON, USER + "}"));
        assertDoesNotThrow(() -> ApiDocument.check("PATCH", "wp-json/aam/v2/users/2?x=1", 200, JSON, USER + "}"));
        assertDoesNotThrow(() -> ApiDocument.check("GET", "aam/v2/users/2", 401, JSON,
                "{\"code\":\"rest_unauthorized\",\"message\":\"No.\",\"data\":{\"status\":401}}"));
    }

    @Test
    void anUndocumentedPropertyFailsNamingTheRouteAndTheProperty() {
        AssertionError drift = assertThrows(AssertionError.class,
                () -> ApiDocument.check("GET", "aam/v2/users/2", 200, JSON, USER + ",\"password\":\"x\"}"));
        assertTrue(drift.getMessage().contains("GET /aam/v2/users/2") && drift.getMessage().contains("password"),
                drift::getMessage);
    }

    @Test
    void anUndocumentedStatusFails() {
        AssertionError drift = assertThrows(AssertionError.class, () -> ApiDocument.check("GET", "aam/v2/users/2", 500,
                JSON, "{\"code\":\"rest_unexpected_error\",\"message\":\"No.\",\"data\":{\"status\":500}}"));
        assertTrue(drift.getMessage().contains("500"), drift::getMessage);
    }

    @Test
    void anErrorOutOfShapeFails() {
        assertThrows(AssertionError.class, () -> ApiDocument.check("GET", "aam/v2/users/2", 404, JSON,
                "{\"error\":\"not found\"}"));
    }

    @Test
    void anUndocumentedRouteMayOnlyRefuseInTheErrorShape() {
        String noRoute = "{\"code\":\"rest_no_route\",\"message\":\"No route.\",\"data\":{\"status\":404}}";
        assertDoesNotThrow(() -> ApiDocument.check("GET", "no/such/page", 404, JSON, noRoute));
        assertThrows(AssertionError.class, () -> ApiDocument.check("GET", "no/such/page", 404, Map.of(), "<html>"));
        assertThrows(AssertionError.class, () -> ApiDocument.check("GET", "aam/v2/new-route", 200, JSON, "{}"));
    }
}

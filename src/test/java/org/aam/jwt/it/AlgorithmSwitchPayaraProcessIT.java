package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * After the signing algorithm is switched, a token of the old algorithm is refused for one reason by every check:
 * the list, one token, {@code /jwt/validate} and the Bearer channel.
 */
@Tag("payara-process")
class AlgorithmSwitchPayaraProcessIT {

    private static final String JWT = "aam/v2/service/jwt";
    private static final String UNKNOWN_KEY = "Token was signed with a key this service does not know";

    @Test
    void listGetAndValidateAgreeThatATokenOfTheOldAlgorithmNoLongerWorks() throws Exception {
        Map<String, String> environment = PayaraProcess.ownEmbeddedDatabase("algorithm-switch");
        String id;
        String token;
        try (PayaraProcess hs256 = PayaraProcess.start("algorithm-hs256", withAlgorithm(environment, "HS256"))) {
            Api admin = hs256.api().bearer(hs256.api().adminToken());
            JsonObject created = admin.postJson(JWT, "{\"is_revocable\":false}").json();
            id = created.getString("id");
            token = created.getString("token");
            assertTrue(admin.get(JWT + "/" + id).json().getBoolean("is_valid"));
            assertEquals(200, hs256.api().postJson("aam/v2/jwt/validate", "{\"jwt\":\"" + token + "\"}").status());
        }

        try (PayaraProcess rs256 = PayaraProcess.start("algorithm-rs256", withAlgorithm(environment, "RS256"))) {
            Api admin = rs256.api().bearer(rs256.api().adminToken());
            JsonObject listed = admin.get(JWT).array().stream().map(JsonObject.class::cast)
                    .filter(t -> t.getString("id").equals(id)).findFirst().orElseThrow();
            JsonObject got = admin.get(JWT + "/" + id).json();
            HttpAnswer validated = rs256.api().postJson("aam/v2/jwt/validate", "{\"jwt\":\"" + token + "\"}");

            assertFalse(listed.getBoolean("is_valid"), listed::toString);
            assertEquals(UNKNOWN_KEY, listed.getString("error"));
            assertFalse(got.getBoolean("is_valid"), got::toString);
            assertEquals(UNKNOWN_KEY, got.getString("error"));
            assertEquals(400, validated.status(), validated::toString);
            assertEquals(UNKNOWN_KEY, validated.json().getString("reason"), validated::toString);
            assertEquals(401, rs256.api().bearer(token).get(JWT).status());
        }
    }

    private static Map<String, String> withAlgorithm(Map<String, String> environment, String algorithm) {
        environment.put("SERVICE_JWT_SIGNING_ALGORITHM", algorithm);
        return environment;
    }
}

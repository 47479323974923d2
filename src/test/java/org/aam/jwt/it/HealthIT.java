package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The health check answers without a credential, under both prefixes, while the database is up. */
class HealthIT extends DeployedService {

    @Test
    void healthIsUpWithoutACredential() {
        for (String path : new String[] {"aam/v2/health", "wp-json/aam/v2/health"}) {
            HttpAnswer answer = api().get(path);
            assertEquals(200, answer.status(), answer::toString);
            assertEquals("UP", answer.json().getString("status"), answer::toString);
        }
    }

    @Test
    void anInvalidTokenDoesNotMakeHealthFail() {
        HttpAnswer answer = api().bearer("not-a-token").get("aam/v2/health");
        assertEquals(200, answer.status(), answer::toString);
        assertEquals("UP", answer.json().getString("status"), answer::toString);
    }
}

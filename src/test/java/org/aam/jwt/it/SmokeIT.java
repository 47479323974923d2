package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SmokeIT extends DeployedService {

    @Test
    void administratorCreatesAndListsAToken() {
        HttpAnswer created = admin().postJson(JWT, "{\"expires_in\":\"+2 weeks\"}");
        assertEquals(200, created.status(), created::toString);
        HttpAnswer listed = admin().get(JWT);
        assertEquals(200, listed.status(), listed::toString);
        System.out.println(created.body());
        System.out.println(listed.body());
    }
}

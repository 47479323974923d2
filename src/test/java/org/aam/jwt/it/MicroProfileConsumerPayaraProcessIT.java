package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.aam.jwt.it.consumer.ConsumerApplication;
import org.aam.jwt.it.consumer.WhoAmIResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Another Jakarta EE application trusts the service's tokens without calling back: a MicroProfile JWT WAR on a
 * Payara Micro of its own verifies them with the service's JWKS, takes the principal from {@code upn} and the roles
 * from {@code groups}, and refuses a token whose key the service retired.
 */
@Tag("payara-process")
class MicroProfileConsumerPayaraProcessIT {

    @ParameterizedTest
    @ValueSource(strings = {"RS256", "ES256"})
    void aMicroProfileJwtServiceTrustsTheTokensOfKeysThatAreNotRetired(String algorithm) throws Exception {
        Path data = Files.createDirectories(Path.of("target", "mp-consumer", algorithm + "-" + UUID.randomUUID()));
        Map<String, String> environment = new HashMap<>();
        environment.put("AAM_DATA_DIR", data.toAbsolutePath().toString());
        environment.put("SERVICE_JWT_SIGNING_ALGORITHM", algorithm);
        // An embedded database of its own, whatever database the other tests use: its keys are this test's.
        environment.put("AAM_DATASOURCE_URL", null);
        try (PayaraProcess service = PayaraProcess.start("mp-service-" + algorithm, environment)) {
            String retiredKeyToken = service.api().adminToken();
            Api admin = service.api().bearer(retiredKeyToken);
            String firstKey = admin.get("aam/v2/keys").array().getJsonObject(0).getString("kid");
            String secondKey = admin.postJson("aam/v2/keys", "").json().getString("kid");
            assertEquals(200, admin.postJson("aam/v2/keys/" + secondKey + "/current", "").status());
            String currentKeyToken = service.api().adminToken();
            assertEquals(200, service.api().bearer(currentKeyToken).delete("aam/v2/keys/" + firstKey).status());
            String subscriberToken = subscriberToken(service.api().bearer(currentKeyToken));

            try (PayaraProcess consumer = PayaraProcess.start("mp-consumer-" + algorithm,
                    consumerWar(service.api().base(), algorithm, data), "api/whoami", Map.of())) {
                Api whoAmI = consumer.api().outsideTheDocument(); // a test's own WAR, not the service
                HttpAnswer administrator = whoAmI.bearer(currentKeyToken).get("api/whoami");
                assertEquals(200, administrator.status(), administrator::toString);
                assertEquals("admin [aam_issue_refreshable_jwt, aam_manage_jwt, aam_manager, administrator]",
                        administrator.body());
                assertEquals(403, whoAmI.bearer(subscriberToken).get("api/whoami").status(),
                        "a subscriber's groups do not make it an administrator there");
                assertEquals(401, whoAmI.bearer(retiredKeyToken).get("api/whoami").status(),
                        "the retired key is not in the JWKS");
            }
        }
    }

    /** The consumer, configured as MicroProfile JWT says: where the keys are, whose tokens, which algorithm. */
    private static Path consumerWar(String serviceBase, String algorithm, Path folder) {
        String issuer = serviceBase.substring(0, serviceBase.length() - 1);
        String config = "mp.jwt.verify.publickey.location=" + serviceBase + ".well-known/jwks.json\n"
                + "mp.jwt.verify.issuer=" + issuer + "\n"
                + "mp.jwt.verify.publickey.algorithm=" + algorithm + "\n";
        Path war = folder.resolve("consumer.war");
        ShrinkWrap.create(WebArchive.class, "consumer.war")
                .addClasses(ConsumerApplication.class, WhoAmIResource.class)
                .addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties")
                // "all": MicroProfile JWT finds @LoginConfig on the Application class, which has no bean annotation.
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" "
                        + "bean-discovery-mode=\"all\"/>"), "beans.xml")
                .as(ZipExporter.class).exportTo(war.toFile(), true);
        return war;
    }

    private static String subscriberToken(Api admin) {
        String name = "mp-" + UUID.randomUUID().toString().substring(0, 8);
        HttpAnswer user = admin.postJson("aam/v2/users", "{\"username\":\"" + name + "\",\"password\":\"long-enough-pw\"}");
        assertEquals(200, user.status(), user::toString);
        HttpAnswer token = admin.postJson("aam/v2/service/jwt", "{\"user_id\":" + user.json().getInt("id") + "}");
        assertEquals(200, token.status(), token::toString);
        return token.json().getString("token");
    }
}

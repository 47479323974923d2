package org.aam.jwt.it;

import static org.aam.jwt.it.TestDirectory.directoryPassword;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The server's own group-to-role mapping applies on top of the configuration's (config/servers.md): a server
 * administrator who adds a {@code security-role-mapping} to glassfish-web.xml lets the directory's editors manage
 * tokens, and the service's rules follow the container's answer.
 */
@Tag("payara-process")
class ContainerRoleMappingPayaraProcessIT {

    /** The WAR's own glassfish-web.xml, with the mapping an administrator would add. */
    private static final String MAPPED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <glassfish-web-app>
                <class-loader delegate="false"/>
                <security-role-mapping>
                    <role-name>aam_manager</role-name>
                    <group-name>aam_manager</group-name>
                    <group-name>editor</group-name>
                </security-role-mapping>
                <security-role-mapping>
                    <role-name>aam_manage_jwt</role-name>
                    <group-name>aam_manage_jwt</group-name>
                    <group-name>editor</group-name>
                </security-role-mapping>
            </glassfish-web-app>
            """;

    @Test
    void aSecurityRoleMappingInGlassfishWebXmlGrantsTheRolesToAnotherGroup() throws Exception {
        Path war = Path.of("target", "payara-process", "role-mapping.war").toAbsolutePath();
        Files.createDirectories(war.getParent());
        ShrinkWrap.createFromZipFile(WebArchive.class, Path.of(System.getProperty("aam.war", "target/aam-jwt.war")).toFile())
                .addAsWebInfResource(new StringAsset(MAPPED), "glassfish-web.xml")
                .as(ZipExporter.class).exportTo(war.toFile(), true);
        Map<String, String> environment = PayaraProcess.ownEmbeddedDatabase("container-role-mapping");
        // The configuration makes the directory's refreshers editors; only the container makes editors managers.
        environment.put("AAM_LDAP_ROLE_MAPPING_EDITOR", "refreshers");
        try (PayaraProcess payara = PayaraProcess.start("container-role-mapping", war, "aam/v2/service/jwt",
                environment)) {
            Api rita = payara.api().bearer(payara.api().tokenOf("rita", directoryPassword("rita")));
            Api sam = payara.api().bearer(payara.api().tokenOf("sam", directoryPassword("sam")));
            HttpAnswer manageable = rita.get("aam/v2/users/manageable");
            assertEquals(200, manageable.status(), manageable::toString);
            assertEquals(403, sam.get("aam/v2/users/manageable").status(), "sam is no editor");
        }
    }
}

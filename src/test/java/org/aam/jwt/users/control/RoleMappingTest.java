package org.aam.jwt.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;
import org.aam.jwt.configuration.control.InvalidSetting;
import org.aam.jwt.configuration.control.Settings;
import org.aam.jwt.users.entity.Capability;
import org.aam.jwt.users.entity.Role;
import org.junit.jupiter.api.Test;

class RoleMappingTest {

    private static final String ADMINS = "cn=aam-admins,ou=groups,dc=example,dc=org";
    private static final String MANAGERS = "cn=jwt-managers,ou=groups,dc=example,dc=org";

    private final RoleMapping mapping = RoleMapping.of(Settings.of(Map.of(
            "aam.ldap.role_mapping.administrator", "CN=AAM-Admins, OU=Groups, DC=example, DC=org"),
            Map.of("AAM_LDAP_ROLE_MAPPING_AAM_MANAGER", "jwt-managers; other-managers",
                    "AAM_LDAP_ROLE_MAPPING_AAM_MANAGE_JWT", "jwt-managers")));

    @Test
    void aGroupDnMatchesWhateverTheCaseAndSpaces() {
        assertEquals(Set.of(Role.ADMINISTRATOR), mapping.roles(Set.of(ADMINS)));
    }

    @Test
    void aGroupNameMatchesTheGroupsFirstRdn() {
        assertEquals(Set.of(Capability.AAM_MANAGER, Capability.AAM_MANAGE_JWT), mapping.capabilities(Set.of(MANAGERS)));
        assertEquals(Set.of(Capability.AAM_MANAGER),
                mapping.capabilities(Set.of("cn=other-managers,ou=elsewhere,dc=example,dc=org")));
    }

    @Test
    void unmappedGroupsGiveNoRights() {
        assertEquals(Set.of(), mapping.roles(Set.of("cn=staff,ou=groups,dc=example,dc=org", MANAGERS)));
        assertEquals(Set.of(), mapping.capabilities(Set.of()));
    }

    @Test
    void aMalformedGroupDnIsAConfigurationError() {
        assertThrows(InvalidSetting.class, () -> RoleMapping.of(Settings.of(
                Map.of("aam.ldap.role_mapping.administrator", "cn=a,=broken"), Map.of())));
    }
}

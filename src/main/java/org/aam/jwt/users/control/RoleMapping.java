package org.aam.jwt.users.control;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import org.aam.jwt.configuration.control.InvalidSetting;
import org.aam.jwt.configuration.control.Setting;
import org.aam.jwt.configuration.control.Settings;
import org.aam.jwt.users.entity.Capability;
import org.aam.jwt.users.entity.Right;
import org.aam.jwt.users.entity.Role;

/**
 * Directory groups to rights: {@code aam.ldap.role_mapping.<role or capability>=<group>[;<group>...]}, each group
 * a DN ({@code cn=aam-admins,ou=groups,dc=example,dc=org}, compared as a DN: case and spaces do not matter) or a
 * name (its first RDN's value, {@code aam-admins}). Groups are separated by ';' because DNs contain commas.
 */
public final class RoleMapping {

    /** A configured group: a DN, or else a name. */
    private record Group(LdapName dn, String name) {

        boolean matches(LdapName groupDn, String groupName) {
            return dn != null ? dn.equals(groupDn) : name.equalsIgnoreCase(groupName);
        }
    }

    private final Map<Right, List<Group>> groupsOf;

    private RoleMapping(Map<Right, List<Group>> groupsOf) {
        this.groupsOf = groupsOf;
    }

    public static RoleMapping of(Settings settings) {
        return new RoleMapping(Stream.concat(Arrays.stream(Role.values()), Arrays.stream(Capability.values()))
                .filter(right -> settings.find(Setting.LDAP_ROLE_MAPPING, right.roleName()).isPresent())
                .collect(Collectors.toMap(Function.identity(), right -> Arrays.stream(
                        settings.find(Setting.LDAP_ROLE_MAPPING, right.roleName()).orElseThrow().split(";"))
                        .map(String::trim).filter(group -> !group.isEmpty()).map(RoleMapping::group).toList())));
    }

    public Set<Role> roles(Set<String> groupDns) {
        return rights(Role.class, groupDns);
    }

    public Set<Capability> capabilities(Set<String> groupDns) {
        return rights(Capability.class, groupDns);
    }

    private <R extends Enum<R> & Right> Set<R> rights(Class<R> type, Set<String> groupDns) {
        EnumSet<R> rights = EnumSet.noneOf(type);
        groupsOf.forEach((right, groups) -> {
            if (type.isInstance(right) && groupDns.stream().anyMatch(dn -> matchesAny(dn, groups))) {
                rights.add(type.cast(right));
            }
        });
        return rights;
    }

    private static boolean matchesAny(String groupDn, List<Group> configured) {
        try {
            LdapName dn = new LdapName(groupDn);
            // The first RDN is the last in LdapName's order.
            String name = dn.isEmpty() ? "" : String.valueOf(dn.getRdn(dn.size() - 1).getValue());
            return configured.stream().anyMatch(group -> group.matches(dn, name));
        } catch (InvalidNameException notADn) {
            return false;
        }
    }

    private static Group group(String configured) {
        if (!configured.contains("=")) {
            return new Group(null, configured);
        }
        try {
            return new Group(new LdapName(configured), null);
        } catch (InvalidNameException invalid) {
            throw new InvalidSetting(Setting.LDAP_ROLE_MAPPING, "names a group that is not a DN: " + configured);
        }
    }
}

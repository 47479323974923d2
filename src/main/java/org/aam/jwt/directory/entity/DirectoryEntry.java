package org.aam.jwt.directory.entity;

import java.util.Set;

/**
 * A user as the directory has them now.
 *
 * @param id       the entry's immutable id (entryUUID, or objectGUID in hexadecimal), never the name
 * @param dn       the entry's distinguished name, which moves when the user is renamed or moved
 * @param groups   the distinguished names of the user's groups
 * @param active   false when the directory disables the account (aam.ldap.active_filter)
 */
public record DirectoryEntry(String id, String dn, String username, String displayName, String email,
        Set<String> groups, boolean active) {
}

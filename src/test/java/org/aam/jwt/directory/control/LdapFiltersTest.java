package org.aam.jwt.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LdapFiltersTest {

    @Test
    void filterMetacharactersInALoginNameAreEscaped() {
        assertEquals("(uid=\\2a)", LdapFilters.fill("(uid={username})", "username", "*"));
        assertEquals("(uid=a\\29\\28uid=\\2a)", LdapFilters.fill("(uid={username})", "username", "a)(uid=*"));
        assertEquals("(uid=back\\5cslash\\00)", LdapFilters.fill("(uid={username})", "username", "back\\slash\0"));
    }

    @Test
    void ordinaryNamesAreLeftAsTheyAre() {
        assertEquals("(&(objectClass=person)(uid=jane.doe@example.org))",
                LdapFilters.fill("(&(objectClass=person)(uid={username}))", "username", "jane.doe@example.org"));
    }

    @Test
    void binaryIdsAreEscapedByteByByte() {
        assertEquals("\\00\\ff\\2a", LdapFilters.escape(new byte[] {0, (byte) 0xff, 0x2a}));
    }
}

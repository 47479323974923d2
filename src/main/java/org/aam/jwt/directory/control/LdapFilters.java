package org.aam.jwt.directory.control;

import java.util.HexFormat;

/** Values put into LDAP search filters, escaped so that a login name can never change what a filter means. */
public final class LdapFilters {

    private LdapFilters() {
    }

    /**
     * RFC 4515, section 3: {@code *}, {@code (}, {@code )}, {@code \} and NUL become {@code \2a}, {@code \28},
     * {@code \29}, {@code \5c} and {@code \00}; so {@code *} matches a star, not every user.
     */
    public static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '*' -> escaped.append("\\2a");
                case '(' -> escaped.append("\\28");
                case ')' -> escaped.append("\\29");
                case '\\' -> escaped.append("\\5c");
                case '\0' -> escaped.append("\\00");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A binary value (an objectGUID) as a filter value: every byte escaped. */
    public static String escape(byte[] value) {
        StringBuilder escaped = new StringBuilder(value.length * 3);
        for (byte b : value) {
            escaped.append('\\').append(HexFormat.of().toHexDigits(b));
        }
        return escaped.toString();
    }

    /** The filter with each {@code {name}} placeholder replaced by the escaped value. */
    public static String fill(String filter, String placeholder, String value) {
        return filter.replace("{" + placeholder + "}", escape(value));
    }
}

package org.aam.jwt.authentication.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Where a token may be presented, as {@code service.jwt.bearer} names them. */
public enum Channel {
    HEADER, QUERY_PARAM, POST_PARAM, COOKIE;

    /**
     * @param csv e.g. {@code header,cookie}
     * @throws IllegalArgumentException naming an unknown channel
     */
    public static Set<Channel> parse(String csv) {
        EnumSet<Channel> channels = EnumSet.noneOf(Channel.class);
        for (String name : csv.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            String constant = name.trim().toUpperCase(Locale.ROOT);
            if (Arrays.stream(values()).noneMatch(c -> c.name().equals(constant))) {
                throw new IllegalArgumentException("unknown channel " + name.trim() + "; known: "
                        + List.of("header", "query_param", "post_param", "cookie"));
            }
            channels.add(valueOf(constant));
        }
        return channels;
    }
}

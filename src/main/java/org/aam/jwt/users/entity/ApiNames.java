package org.aam.jwt.users.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The API names of enum constants: the constant's name in lower case ({@code AAM_MANAGER} is {@code aam_manager}). */
public final class ApiNames {

    private ApiNames() {
    }

    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String apiName) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> of(c).equals(apiName)).findFirst();
    }

    /** A set kept in one column: {@code aam_manage_jwt,aam_manager}. */
    static String joined(Set<? extends Enum<?>> constants) {
        return constants.stream().map(ApiNames::of).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> split(Class<E> type, String column) {
        EnumSet<E> constants = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            for (String name : column.split(",")) {
                constants.add(parse(type, name).orElseThrow(
                        () -> new IllegalStateException("Unknown " + type.getSimpleName() + " in the database: " + name)));
            }
        }
        return constants;
    }
}

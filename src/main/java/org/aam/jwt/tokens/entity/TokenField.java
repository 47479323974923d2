package org.aam.jwt.tokens.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.aam.jwt.rest.entity.WpError;

/** The properties of a token object that {@code fields} can name. */
public enum TokenField {
    TOKEN, ID, CLAIMS, SIGNED_URL, IS_VALID, ERROR, LAST_USED_AT;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code id} and {@code token} are always present. */
    public static final Set<TokenField> ALWAYS = EnumSet.of(ID, TOKEN);

    /**
     * @param csv the {@code fields} parameter, e.g. {@code "token,id"}
     * @return the fields asked for, with {@link #ALWAYS}
     * @throws WpError 400 naming what is not a field
     */
    public static Set<TokenField> parse(String csv) {
        List<String> names = Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        List<String> unknown = names.stream().filter(name -> of(name).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw WpError.invalidParam("Invalid fields: " + String.join(", ", unknown) + ". Supported: "
                    + Arrays.stream(values()).map(TokenField::apiName).collect(Collectors.joining(", ")) + ".");
        }
        EnumSet<TokenField> fields = EnumSet.copyOf(ALWAYS);
        names.forEach(name -> fields.add(of(name).orElseThrow()));
        return fields;
    }

    private static Optional<TokenField> of(String name) {
        return Arrays.stream(values()).filter(f -> f.apiName().equals(name)).findFirst();
    }
}

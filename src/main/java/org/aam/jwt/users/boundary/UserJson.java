package org.aam.jwt.users.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.Collection;
import org.aam.jwt.users.entity.Right;
import org.aam.jwt.users.entity.User;
import org.aam.jwt.rest.control.JsonBuilders;

/** Users as the API shows them; never the password hash. */
public final class UserJson {

    private UserJson() {
    }

    /** What {@code /authenticate} tells about the user. */
    public static JsonObject summary(User user) {
        return JsonBuilders.object()
                .add("id", user.id())
                .add("username", user.username())
                .add("display_name", user.displayName())
                .add("roles", names(user.roles()))
                .build();
    }

    public static JsonObject full(User user) {
        return JsonBuilders.object(summary(user))
                .add("email", user.email() == null ? "" : user.email())
                .add("capabilities", names(user.capabilities()))
                .add("status", user.status().apiName())
                .add("source", user.source().apiName())
                .build();
    }

    private static JsonArray names(Collection<? extends Right> rights) {
        JsonArrayBuilder names = JsonBuilders.array();
        rights.stream().map(Right::roleName).sorted().forEach(names::add);
        return names.build();
    }
}

package org.aam.jwt.users.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.aam.jwt.users.boundary.Caller;
import org.aam.jwt.users.entity.ApiNames;
import org.aam.jwt.users.entity.Capability;
import org.aam.jwt.users.entity.NewUser;
import org.aam.jwt.users.entity.Role;
import org.aam.jwt.users.entity.User;
import org.aam.jwt.users.entity.UserChanges;
import org.aam.jwt.users.entity.UserStatus;
import org.aam.jwt.rest.boundary.RequestParameters;
import org.aam.jwt.rest.control.JsonBuilders;
import org.aam.jwt.rest.control.Parameters;
import org.aam.jwt.rest.entity.WpError;

/** {@code /aam/v2/users}: administrators manage users. */
@Path("v2/users")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    Users users;

    @Inject
    Caller caller;

    @Inject
    RequestParameters request;

    @GET
    public JsonArray list() {
        caller.requireAdministrator();
        return users.all().stream().map(UserJson::full).collect(JsonBuilders.toArray());
    }

    /** The caller's own user: any authenticated caller may ask who they are (the console does). */
    @GET
    @Path("me")
    public JsonObject me() {
        return UserJson.full(caller.user());
    }

    /**
     * The users whose tokens the caller may manage, optionally those whose name contains {@code search}: a token
     * manager who is not an administrator cannot list users, yet must pick one. Only the summary is shown, and only
     * of users the caller could reach anyway.
     */
    @GET
    @Path("manageable")
    public JsonArray manageable() {
        caller.requireTokenManager();
        String search = request.parameters().string("search").orElse("");
        return users.all().stream()
                .filter(user -> user.nameContains(search))
                .filter(caller::mayManageTokensOf)
                .map(UserJson::summary)
                .collect(JsonBuilders.toArray());
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id) {
        caller.requireAdministrator();
        return UserJson.full(users.get(userId(id)));
    }

    @POST
    public JsonObject create() {
        caller.requireAdministrator();
        Parameters parameters = request.parameters();
        NewUser newUser = new NewUser(
                parameters.string("username").orElse(null),
                parameters.string("password").orElse(null),
                parameters.string("display_name").orElse(null),
                parameters.string("email").orElse(null),
                rights(parameters, "roles", Role.class).orElse(Set.of(Role.SUBSCRIBER)),
                rights(parameters, "capabilities", Capability.class).orElse(Set.of()));
        return UserJson.full(users.create(newUser));
    }

    @PATCH
    @Path("{id}")
    public JsonObject update(@PathParam("id") String id) {
        caller.requireAdministrator();
        long userId = userId(id);
        Parameters parameters = request.parameters();
        UserChanges changes = new UserChanges(
                parameters.string("password").orElse(null),
                parameters.string("display_name").orElse(null),
                parameters.string("email").orElse(null),
                rights(parameters, "roles", Role.class).orElse(null),
                rights(parameters, "capabilities", Capability.class).orElse(null),
                parameters.string("status").map(UsersResource::status).orElse(null));
        if (userId == caller.user().id()) {
            refuseLockingOut(changes);
        }
        // Names are not changed here for anyone; for a directory user, say where they are.
        if (parameters.string("username").isPresent() && users.get(userId).isFromDirectory()) {
            throw Users.managedByDirectory(users.get(userId));
        }
        return UserJson.full(users.update(userId, changes));
    }

    @DELETE
    @Path("{id}")
    public JsonObject delete(@PathParam("id") String id) {
        caller.requireAdministrator();
        long userId = userId(id);
        if (userId == caller.user().id()) {
            throw WpError.invalidParam("You cannot delete your own account.");
        }
        return UserJson.full(users.delete(userId));
    }

    /** An administrator who deactivates or demotes themselves could leave nobody able to manage users. */
    private static void refuseLockingOut(UserChanges changes) {
        if (changes.status() == UserStatus.INACTIVE) {
            throw WpError.invalidParam("You cannot deactivate your own account.");
        }
        if (changes.roles() != null && !changes.roles().contains(Role.ADMINISTRATOR)) {
            throw WpError.invalidParam("You cannot remove the administrator role from your own account.");
        }
    }

    private static long userId(String id) {
        try {
            long userId = Long.parseLong(id);
            if (userId > 0) {
                return userId;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw WpError.invalidParam("Invalid parameter(s): id (must be a positive integer)");
    }

    private static UserStatus status(String name) {
        return UserStatus.of(name).orElseThrow(
                () -> WpError.invalidParam("Invalid parameter(s): status (must be active or inactive)"));
    }

    private static <E extends Enum<E>> Optional<Set<E>> rights(Parameters parameters, String name, Class<E> type) {
        return parameters.list(name).map(names -> {
            List<String> unknown = names.stream().filter(n -> ApiNames.parse(type, n).isEmpty()).toList();
            if (!unknown.isEmpty()) {
                throw WpError.invalidParam("Invalid parameter(s): " + name + " (unknown: " + String.join(", ", unknown)
                        + "; known: " + Arrays.stream(type.getEnumConstants()).map(ApiNames::of)
                                .collect(Collectors.joining(", ")) + ")");
            }
            EnumSet<E> rights = EnumSet.noneOf(type);
            names.forEach(n -> rights.add(ApiNames.parse(type, n).orElseThrow()));
            return rights;
        });
    }
}

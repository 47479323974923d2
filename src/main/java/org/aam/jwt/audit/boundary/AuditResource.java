package org.aam.jwt.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.aam.jwt.audit.control.AuditJson;
import org.aam.jwt.audit.control.AuditQuery;
import org.aam.jwt.audit.entity.AuditPage;
import org.aam.jwt.rest.boundary.RequestParameters;
import org.aam.jwt.rest.control.JsonBuilders;
import org.aam.jwt.users.boundary.Caller;
import org.aam.jwt.users.boundary.Users;
import org.aam.jwt.users.entity.User;

/**
 * {@code GET /aam/v2/audit}: the trail, newest first, a page at a time. An administrator sees every event; a token
 * manager only the events about the users whose tokens it may manage (events about nobody, such as a key rotation
 * or a login with an unknown name, are the administrators').
 */
@Path("v2/audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    Audit audit;

    @Inject
    Users users;

    @Inject
    Caller caller;

    @Inject
    RequestParameters request;

    @GET
    public JsonObject events() {
        caller.requireTokenManager();
        AuditQuery query = AuditQuery.of(request.parameters());
        AuditPage page = audit.page(query, visibleUsers());
        return JsonBuilders.object()
                .add("events", page.events().stream().map(AuditJson::of).collect(JsonBuilders.toArray()))
                .add("next", page.next().<JsonValue>map(JsonBuilders::string).orElse(JsonValue.NULL))
                .build();
    }

    /** Empty for an administrator: every event. */
    private Optional<Set<Long>> visibleUsers() {
        if (caller.isAdministrator()) {
            return Optional.empty();
        }
        return Optional.of(users.all().stream().filter(caller::mayManageTokensOf).map(User::id)
                .collect(Collectors.toSet()));
    }
}

package org.aam.jwt.authentication.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Optional;
import org.aam.jwt.configuration.boundary.SiteUrl;
import org.aam.jwt.tokens.boundary.Tokens;
import org.aam.jwt.tokens.control.TokenPolicy;
import org.aam.jwt.tokens.entity.Token;
import org.aam.jwt.tokens.entity.TokenRequest;
import org.aam.jwt.users.boundary.UserJson;
import org.aam.jwt.users.boundary.Users;
import org.aam.jwt.users.entity.Capability;
import org.aam.jwt.users.entity.User;
import org.aam.jwt.rest.boundary.RequestParameters;
import org.aam.jwt.rest.control.JsonBuilders;
import org.aam.jwt.rest.control.Parameters;
import org.aam.jwt.rest.entity.WpError;

/** {@code POST /aam/v2/authenticate}: username and password in, the user (and a token, if asked for) out. */
@Path("v2/authenticate")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuthenticateResource {

    @Inject
    RequestParameters request;

    @Inject
    HttpServletRequest servletRequest;

    @Inject
    Users users;

    @Inject
    Tokens tokens;

    @Inject
    TokenPolicy policy;

    @Inject
    SiteUrl site;

    @POST
    public JsonObject authenticate() {
        Parameters parameters = request.parameters();
        String username = required(parameters, "username");
        String password = required(parameters, "password");
        boolean issueJwt = parameters.bool("issueJWT").orElse(false);
        boolean refreshable = parameters.bool("refreshableJWT").orElse(false);
        User user = users.withPassword(username, password, servletRequest.getRemoteAddr())
                .orElseThrow(() -> WpError.unauthorized("Invalid username or password."));
        if (!user.isActive()) {
            throw WpError.unauthorized("User is inactive.");
        }
        JsonObjectBuilder answer = JsonBuilders.object().add("user", UserJson.summary(user));
        if (issueJwt) {
            if (refreshable && !user.isAdministrator() && !user.has(Capability.AAM_ISSUE_REFRESHABLE_JWT)) {
                throw users.refusal(user.id(), servletRequest.getRemoteAddr(), "refreshable token asked at login",
                        "Sorry, you are not allowed to issue refreshable tokens: it takes the "
                        + "aam_issue_refreshable_jwt capability.");
            }
            long expiresAt = policy.expiry().resolve(Optional.empty(), Optional.empty(), Instant.now());
            Token token = tokens.issue(user, new TokenRequest(expiresAt, refreshable,
                    policy.revocableByDefault(), JsonValue.EMPTY_JSON_OBJECT), site.get());
            answer.add("jwt", JsonBuilders.object()
                    .add("token", token.compact())
                    .add("token_expires", token.expiresAt()));
        }
        return answer.build();
    }

    private static String required(Parameters parameters, String name) {
        return parameters.string(name).orElseThrow(
                () -> WpError.invalidParam("Missing parameter(s): " + name));
    }
}

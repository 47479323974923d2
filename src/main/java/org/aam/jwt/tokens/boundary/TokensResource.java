package org.aam.jwt.tokens.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.aam.jwt.users.boundary.Caller;
import org.aam.jwt.configuration.boundary.SiteUrl;
import org.aam.jwt.tokens.control.SignedUrls;
import org.aam.jwt.tokens.control.OpenedTokens;
import org.aam.jwt.tokens.control.TokenPolicy;
import org.aam.jwt.tokens.entity.CheckedToken;
import org.aam.jwt.tokens.entity.Token;
import org.aam.jwt.tokens.entity.TokenField;
import org.aam.jwt.users.boundary.Users;
import org.aam.jwt.users.entity.User;
import org.aam.jwt.rest.boundary.RequestParameters;
import org.aam.jwt.rest.control.JsonBuilders;
import org.aam.jwt.rest.control.Parameters;

/**
 * The JWT management API of the AAM reference: {@code /aam/v2/service/jwt}, and the routes of the published
 * 6.9.x plugin ({@code /aam/v2/service/jwts}) as aliases.
 */
@Path("v2/service")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

    @Inject
    Tokens tokens;

    @Inject
    Users users;

    @Inject
    Caller caller;

    @Inject
    RequestParameters request;

    @Inject
    SiteUrl site;

    @Inject
    TokenPolicy policy;

    @Inject
    OpenedTokens opened;

    @GET
    @Path("{collection: jwts?}")
    public JsonArray list() {
        User owner = owner();
        Set<TokenField> fields = fields(EnumSet.allOf(TokenField.class));
        Instant now = Instant.now();
        String page = SignedUrls.page(Optional.empty(), site.get());
        return tokens.listChecked(owner, now).stream()
                .map(checked -> json(checked.token(), fields, checked.problem(), page))
                .collect(JsonBuilders.toArray());
    }

    @GET
    @Path("jwt/{id}")
    public JsonObject get(@PathParam("id") String id) {
        User owner = owner();
        Set<TokenField> fields = fields(EnumSet.allOf(TokenField.class));
        CheckedToken checked = tokens.getChecked(owner, id, Instant.now());
        return json(checked.token(), fields, checked.problem(), SignedUrls.page(Optional.empty(), site.get()));
    }

    @POST
    @Path("{collection: jwts?}")
    public JsonObject create() {
        User owner = owner();
        Parameters parameters = request.parameters();
        Set<TokenField> fields = fields(EnumSet.allOf(TokenField.class));
        String page = SignedUrls.page(parameters.string("url"), site.get());
        Token token = tokens.issue(owner, policy.requestFrom(parameters, Instant.now()), site.get());
        return json(token, fields, Optional.empty(), page);
    }

    @DELETE
    @Path("jwt/{id}")
    public JsonObject delete(@PathParam("id") String id) {
        User owner = owner();
        Set<TokenField> fields = fields(TokenField.ALWAYS);
        Token token = tokens.delete(owner.id(), id);
        return json(token, fields, tokens.problemOfDeleted(token, owner, Instant.now()),
                SignedUrls.page(Optional.empty(), site.get()));
    }

    @POST
    @Path("jwt/reset")
    public JsonObject reset() {
        return JsonBuilders.object().add("deleted_token_count", tokens.reset(owner().id())).build();
    }

    @DELETE
    @Path("jwts")
    public JsonObject resetByPluginRoute() {
        return reset();
    }

    /** The user whose tokens the request is about: {@code user_id}, or the caller. */
    private User owner() {
        caller.requireTokenManager();
        User owner = request.parameters().positiveLong("user_id").map(users::get).orElseGet(caller::user);
        caller.requireMayManageTokensOf(owner);
        return owner;
    }

    private Set<TokenField> fields(Set<TokenField> byDefault) {
        return request.parameters().string("fields").map(TokenField::parse).orElse(byDefault);
    }

    private JsonObject json(Token token, Set<TokenField> fields, Optional<String> problem, String page) {
        return TokenJson.of(TokenJson.view(token, opened.of(token), problem, page, policy.queryParameterName()), fields);
    }
}

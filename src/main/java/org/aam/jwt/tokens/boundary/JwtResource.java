package org.aam.jwt.tokens.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.function.Function;
import org.aam.jwt.tokens.control.InvalidToken;
import org.aam.jwt.tokens.entity.Token;
import org.aam.jwt.rest.boundary.RequestParameters;
import org.aam.jwt.rest.control.JsonBuilders;
import org.aam.jwt.rest.entity.WpError;

/**
 * Token endpoints for clients, which need no rights: whoever holds a token may ask about it, refresh it or revoke
 * it. Every failure is the contract's {@code rest_jwt_validation_failure} with its {@code reason}.
 */
@Path("v2/jwt")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class JwtResource {

    @Inject
    Tokens tokens;

    @Inject
    RequestParameters request;

    /** @return the claims of a token that works; 400 with the reason otherwise */
    @POST
    @Path("validate")
    public JsonObject validate() {
        return withJwt(jwt -> tokens.verify(jwt).claims());
    }

    /** @return the new token; 400 when the token does not work, 405 when it is not refreshable */
    @POST
    @Path("refresh")
    public JsonObject refresh() {
        Token token = withJwt(tokens::refresh);
        return JsonBuilders.object()
                .add("token", token.compact())
                .add("token_expires", token.expiresAt())
                .build();
    }

    /** 400 when the token does not work (or no longer: a second revoke), 405 when it cannot be revoked */
    @POST
    @Path("revoke")
    public JsonObject revoke() {
        withJwt(jwt -> {
            tokens.revoke(jwt);
            return jwt;
        });
        return JsonBuilders.object().add("message", "Token revoked successfully").build();
    }

    private <T> T withJwt(Function<String, T> action) {
        String jwt = request.parameters().string("jwt")
                .orElseThrow(() -> WpError.jwtValidationFailure(400, "The jwt parameter is required"));
        try {
            return action.apply(jwt);
        } catch (InvalidToken invalid) {
            throw WpError.jwtValidationFailure(400, invalid.getMessage());
        }
    }
}

package org.aam.jwt.tokens.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.aam.jwt.tokens.control.InvalidToken;
import org.aam.jwt.wordpress.boundary.RequestParameters;
import org.aam.jwt.wordpress.entity.WpError;

/** Token endpoints for clients, which need no rights: whoever holds a token may ask about it. */
@Path("v2/jwt")
@RequestScoped
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
        String jwt = request.parameters().string("jwt")
                .orElseThrow(() -> WpError.jwtValidationFailure(400, "The jwt parameter is required"));
        try {
            return tokens.verify(jwt).claims();
        } catch (InvalidToken invalid) {
            throw WpError.jwtValidationFailure(400, invalid.getMessage());
        }
    }
}

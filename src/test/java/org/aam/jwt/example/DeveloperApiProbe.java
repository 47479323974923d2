package org.aam.jwt.example;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonCollectors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.aam.jwt.tokens.boundary.Jwts;
import org.aam.jwt.tokens.entity.UserToken;
import org.aam.jwt.rest.boundary.RequestBody;
import org.aam.jwt.rest.control.Parameters;

/** Test only: lets DeveloperApiIT drive the Java developer API over HTTP, in the deployed service. */
@Path("v2/test/developer-api/{userId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeveloperApiProbe {

    @Inject
    Jwts jwts;

    @Inject
    TokenIssuingExample example;

    @Context
    HttpServletRequest http;

    @POST
    @Path("readme-example")
    public JsonObject readmeExample(@PathParam("userId") long userId) {
        return Json.createObjectBuilder().add("token", example.issueForOneDay(userId)).build();
    }

    @POST
    public JsonObject create(@PathParam("userId") long userId) {
        // The service's filter has read the body already (see BodySizeLimit).
        return json(jwts.forUser(userId).create(Parameters.parseJsonObject(RequestBody.of(http))));
    }

    @GET
    public JsonArray list(@PathParam("userId") long userId) {
        return jwts.forUser(userId).list().stream().map(DeveloperApiProbe::json).collect(JsonCollectors.toJsonArray());
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("userId") long userId, @PathParam("id") String id) {
        return json(jwts.forUser(userId).get(id));
    }

    @DELETE
    @Path("{id}")
    public JsonObject delete(@PathParam("userId") long userId, @PathParam("id") String id) {
        return json(jwts.forUser(userId).delete(id));
    }

    @POST
    @Path("reset")
    public JsonObject reset(@PathParam("userId") long userId) {
        return Json.createObjectBuilder().add("deleted", jwts.forUser(userId).reset()).build();
    }

    private static JsonObject json(UserToken token) {
        return Json.createObjectBuilder().add("id", token.id()).add("token", token.token()).add("claims", token.claims())
                .add("signed_url", token.signedUrl()).add("is_valid", token.isValid())
                .add("error", token.error().orElse("")).build();
    }
}

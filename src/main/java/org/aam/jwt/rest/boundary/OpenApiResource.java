package org.aam.jwt.rest.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.aam.jwt.rest.control.OpenApiDocument;

/**
 * {@code GET /aam/v2/openapi.json}: the OpenAPI description of every route, for anyone (Postman imports it by URL).
 * It holds no secret and changes only with the WAR, so caches may keep it for a while, unlike every other answer.
 */
@Path("v2/openapi.json")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OpenApiResource {

    static final String CACHE_CONTROL = "public, max-age=3600";

    private volatile JsonObject document;

    @GET
    public Response document() {
        if (document == null) {
            document = OpenApiDocument.load();
        }
        return Response.ok(document).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }
}

package org.aam.jwt.keys.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.aam.jwt.users.boundary.Caller;
import org.aam.jwt.keys.entity.RegisteredKey;
import org.aam.jwt.rest.control.JsonBuilders;

/**
 * Key rotation for administrators (not part of AAM's API): list the keys, add one (it verifies and is published
 * at once), make it the signing key, retire an old one (its tokens stop working). See config/key-rotation.md.
 */
@Path("v2/keys")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class KeysResource {

    @Inject
    Keys keys;

    @Inject
    Caller caller;

    @GET
    public JsonArray list() {
        caller.requireAdministrator();
        Optional<String> current = keys.currentKey().map(RegisteredKey::keyId);
        return keys.list().stream().map(key -> json(key, current)).collect(JsonBuilders.toArray());
    }

    @POST
    public JsonObject add() {
        caller.requireAdministrator();
        return json(keys.add(), keys.currentKey().map(RegisteredKey::keyId));
    }

    @POST
    @Path("{kid}/current")
    public JsonObject makeCurrent(@PathParam("kid") String keyId) {
        caller.requireAdministrator();
        return json(keys.makeCurrent(keyId), Optional.of(keyId));
    }

    @DELETE
    @Path("{kid}")
    public JsonObject retire(@PathParam("kid") String keyId) {
        caller.requireAdministrator();
        return json(keys.retire(keyId), keys.currentKey().map(RegisteredKey::keyId));
    }

    private static JsonObject json(RegisteredKey key, Optional<String> current) {
        String status = key.isRetired() ? "retired" : current.filter(key.keyId()::equals).isPresent() ? "current" : "active";
        JsonObjectBuilder json = JsonBuilders.object()
                .add("kid", key.keyId())
                .add("alg", key.algorithm().name())
                .add("status", status)
                .add("added_at", key.addedAt());
        key.retiredAt().ifPresent(at -> json.add("retired_at", at));
        return json.build();
    }
}

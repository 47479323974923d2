package org.aam.jwt.it.consumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Answers who the token's caller is, to administrators only: the principal from upn, the roles from groups. */
@Path("whoami")
@RequestScoped
public class WhoAmIResource {

    @Inject
    JsonWebToken caller;

    @GET
    @RolesAllowed("administrator")
    @Produces(MediaType.TEXT_PLAIN)
    public String whoAmI() {
        return caller.getName() + " " + new TreeSet<>(caller.getGroups());
    }
}

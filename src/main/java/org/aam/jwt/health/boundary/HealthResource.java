package org.aam.jwt.health.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.aam.jwt.directory.control.Directory;
import org.aam.jwt.rest.control.JsonBuilders;

/**
 * {@code GET /aam/v2/health}: 200 {@code {"status":"UP"}} while the database answers, 503 {@code {"status":"DOWN"}}
 * otherwise; with a directory configured, {@code "directory"} says {@code "UP"} or {@code "DEGRADED"} (it did not
 * answer last time: directory users keep their last known state, everyone else is unaffected, so the instance stays
 * in the load balancer). It needs no credential, so that a load balancer can poll it, and says nothing more than up or down.
 * Application-scoped like every resource here, so the data source is injected once: Payara answers each lookup
 * of it with a copy made by serialisation, which cost a request-scoped resource over a third of its CPU.
 */
@Path("v2/health")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private static final Logger LOG = Logger.getLogger(HealthResource.class.getName());
    private static final int DATABASE_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:app/jdbc/aam")
    DataSource database;

    @Inject
    Directory directory;

    @GET
    public Response health() {
        boolean up = databaseAnswers();
        JsonObjectBuilder answer = JsonBuilders.object().add("status", up ? "UP" : "DOWN");
        if (directory.isConfigured()) {
            answer.add("directory", directory.isReachable() ? "UP" : "DEGRADED");
        }
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(answer.build())
                .build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = database.getConnection()) {
            return connection.isValid(DATABASE_TIMEOUT_SECONDS);
        } catch (SQLException unreachable) {
            // The detail is for operators; the poller only needs to know that this instance is down.
            LOG.log(Level.WARNING, "Health check: the database does not answer", unreachable);
            return false;
        }
    }
}

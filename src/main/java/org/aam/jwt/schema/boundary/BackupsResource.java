package org.aam.jwt.schema.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.aam.jwt.users.boundary.Caller;
import org.aam.jwt.configuration.control.DataFolder;
import org.aam.jwt.schema.control.Backup;
import org.aam.jwt.schema.control.Database;
import org.aam.jwt.rest.control.JsonBuilders;

/**
 * {@code POST /aam/v2/backups} (administrators; not part of AAM's API): backs up, while the service runs, what must
 * be kept together, into {@code <data folder>/backups/<time>/}: the signing keys, the token-sealing key and, with the
 * embedded H2 database, the database. See config/backup-and-restore.md.
 */
@Path("v2/backups")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class BackupsResource {

    @Inject
    Caller caller;

    @Inject
    DataFolder data;

    @Resource(lookup = "java:app/jdbc/aam")
    DataSource database;

    private volatile Database kind;

    @POST
    public JsonObject take() throws SQLException {
        caller.requireAdministrator();
        if (kind == null) {
            try (Connection connection = database.getConnection()) {
                kind = Database.of(connection.getMetaData());
            }
        }
        Backup.Result result = Backup.take(database, kind, data.root(), Instant.now());
        return JsonBuilders.object()
                .add("folder", result.folder().toString())
                .add("files", result.files().stream().map(JsonBuilders::string)
                        .collect(JsonBuilders.toArray()))
                .add("database", result.includesDatabase() ? "included"
                        : "not included: back " + kind + " up with its own tool (config/backup-and-restore.md)")
                .build();
    }
}

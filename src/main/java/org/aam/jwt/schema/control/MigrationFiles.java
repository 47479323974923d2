package org.aam.jwt.schema.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;

/**
 * The migrations, named here rather than found by scanning the class path: inside a WAR, scanning depends on how
 * the server exposes the archive (WildFly's VFS, Payara's exploded folders), and a migration that a server fails to
 * find would silently leave its schema behind. Each file is read from {@code db/migration/<database>/} when the SQL
 * of that database must differ, else from {@code db/migration/common/}.
 */
public final class MigrationFiles implements ResourceProvider {

    static final String ROOT = "db/migration/";

    /** Every migration, in order. A new one is added here and to {@code db/migration}; never change an old one. */
    public static final List<String> ALL = List.of(
            "V1__tables_as_generated_before_migrations.sql",
            "V2__columns_as_eclipselink_made_them.sql",
            "V3__usernames_unique_regardless_of_case.sql",
            "V4__foreign_key_and_indexes.sql",
            "V5__login_throttle.sql",
            "V6__refreshed_tokens.sql",
            "V7__session_tokens.sql",
            "V8__audit_trail.sql",
            "V9__token_last_use.sql",
            "V10__directory_users.sql");

    private final Database database;
    private final ClassLoader loader;
    private final List<LoadableResource> resources;

    public MigrationFiles(Database database, ClassLoader loader) {
        this.database = database;
        this.loader = loader;
        this.resources = ALL.stream().map(this::find).toList();
    }

    private LoadableResource find(String name) {
        for (String folder : List.of(database.folder(), "common")) {
            String path = ROOT + folder + "/" + name;
            if (loader.getResource(path) != null) {
                return new ClassPathResource(Location.fromPath("classpath:", ROOT + folder), path, loader,
                        StandardCharsets.UTF_8);
            }
        }
        throw new IllegalStateException("The migration " + name + " is missing from the WAR (" + ROOT + ")");
    }

    @Override
    public LoadableResource getResource(String name) {
        return resources.stream().filter(resource -> resource.getRelativePath().equals(name)
                || resource.getFilename().equals(name)).findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return resources.stream().filter(resource -> resource.getFilename().startsWith(prefix)
                && Arrays.stream(suffixes).anyMatch(resource.getFilename()::endsWith)).toList();
    }

    /** Where each migration is read from, for the log and the tests. */
    public List<String> paths() {
        return resources.stream().map(LoadableResource::getAbsolutePath).map(Objects::toString).toList();
    }
}

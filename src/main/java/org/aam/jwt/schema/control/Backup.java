package org.aam.jwt.schema.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * A backup of what the service holds, taken while it runs, into a new owner-only folder under
 * {@code <data folder>/backups/}: the data folder's secrets (the signing keys and the token-sealing key, without
 * which no stored token can be read) and, for the embedded H2 database, the database itself ({@code BACKUP TO}, a
 * consistent copy of the open database). A database server's data is backed up with its own tools (pg_dump,
 * mariadb-dump): see config/backup-and-restore.md.
 */
public final class Backup {

    static final String H2_FILE = "aam.zip";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private Backup() {
    }

    /** What one backup wrote. */
    public record Result(Path folder, List<String> files, boolean includesDatabase) {
    }

    public static Result take(DataSource dataSource, Database database, Path dataFolder, Instant now) {
        try {
            Path folder = dataFolder.resolve("backups").resolve(STAMP.format(now));
            for (int attempt = 1; Files.exists(folder); attempt++) {
                folder = dataFolder.resolve("backups").resolve(STAMP.format(now) + "-" + attempt);
            }
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
            List<String> files = new ArrayList<>();
            try (Stream<Path> secrets = Files.list(dataFolder)) {
                for (Path secret : secrets.filter(Backup::isSecret).sorted().toList()) {
                    Files.copy(secret, folder.resolve(secret.getFileName()));
                    files.add(secret.getFileName().toString());
                }
            }
            boolean withDatabase = database == Database.H2;
            if (withDatabase) {
                try (Connection connection = dataSource.getConnection();
                        Statement statement = connection.createStatement()) {
                    // The path is the service's own; nothing from a request reaches this statement.
                    statement.execute("BACKUP TO '" + folder.resolve(H2_FILE).toString().replace("'", "''") + "'");
                }
                files.add(H2_FILE);
            }
            return new Result(folder, files, withDatabase);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot write the backup", failure);
        } catch (SQLException failure) {
            throw new IllegalStateException("Cannot back the database up: " + failure.getMessage(), failure);
        }
    }

    private static boolean isSecret(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.equals("token-store-key")
                || (name.startsWith("signing-key-") && name.endsWith(".jwk")));
    }
}

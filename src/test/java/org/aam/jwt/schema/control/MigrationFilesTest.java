package org.aam.jwt.schema.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The list of migrations and the files in db/migration agree, so a new migration cannot be forgotten in the WAR. */
class MigrationFilesTest {

    private static final Path FOLDER = Path.of("src/main/resources/db/migration");

    @Test
    void everyFileIsListedAndEveryListedMigrationIsFoundForEveryDatabase() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> all = Files.walk(FOLDER)) {
            all.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).forEach(files::add);
        }
        assertEquals(new TreeSet<>(MigrationFiles.ALL), files);
        for (Database database : Database.values()) {
            List<String> paths = new MigrationFiles(database, getClass().getClassLoader()).paths();
            assertEquals(MigrationFiles.ALL.size(), paths.size());
            for (int version = 0; version < paths.size(); version++) {
                String path = paths.get(version);
                assertTrue(path.endsWith("/" + MigrationFiles.ALL.get(version)), path);
                assertTrue(path.contains("/" + database.folder() + "/") || path.contains("/common/"), path);
            }
        }
    }

    @Test
    void theDatabaseFolderIsPreferredOverCommon() {
        List<String> postgresql = new MigrationFiles(Database.POSTGRESQL, getClass().getClassLoader()).paths();
        List<String> h2 = new MigrationFiles(Database.H2, getClass().getClassLoader()).paths();
        assertTrue(postgresql.get(1).contains("/postgresql/"), postgresql.get(1));
        assertTrue(h2.get(3).contains("/common/"), h2.get(3));
    }
}

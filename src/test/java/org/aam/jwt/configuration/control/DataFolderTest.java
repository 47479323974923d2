package org.aam.jwt.configuration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    @TempDir
    Path root;

    @Test
    void aSecretIsGeneratedOnceAndReadableByTheOwnerOnly() throws IOException {
        DataFolder folder = new DataFolder(root.resolve("data"));
        assertEquals("first", folder.secret("s", () -> "first"));
        assertEquals("first", folder.secret("s", () -> "second"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("s"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.root())));
        try (var files = Files.list(folder.root())) {
            assertEquals(1, files.count(), "no draft file is left behind");
        }
    }
}

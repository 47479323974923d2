package org.aam.jwt.configuration.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The folder named by {@code aam.data.dir}: the embedded database and the generated keys. Secrets written here
 * are readable by the server's own user only.
 */
public final class DataFolder {

    private final Path root;

    public DataFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public static DataFolder of(Settings settings) {
        return new DataFolder(Path.of(settings.get(Setting.DATA_DIR)));
    }

    public Path root() {
        return root;
    }

    /** Creates the folder, readable by the server's own user only, unless it exists. */
    public DataFolder create() {
        try {
            if (!Files.isDirectory(root)) {
                Files.createDirectories(root, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            }
            return this;
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot create the data folder " + root + " (aam.data.dir)", failure);
        }
    }

    public Path resolve(String name) {
        return root.resolve(name);
    }

    /**
     * The content of a secret file; on first use the generator makes it and it is written owner-only. When several
     * instances share the folder and race, the file written first wins and every instance reads that one.
     */
    public String secret(String name, Supplier<String> generator) {
        Path file = resolve(name);
        try {
            Optional<String> existing = read(file);
            if (existing.isPresent()) {
                return existing.get();
            }
            create();
            Path draft = Files.createTempFile(root, name, ".new", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
            Files.writeString(draft, generator.get(), StandardOpenOption.TRUNCATE_EXISTING);
            try {
                Files.createLink(file, draft);
            } catch (FileAlreadyExistsException anotherInstanceWasFirst) {
                // keep theirs
            } finally {
                Files.delete(draft);
            }
            return read(file).orElseThrow();
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot read or write " + file, failure);
        }
    }

    private static Optional<String> read(Path file) throws IOException {
        return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
    }
}

package org.aam.jwt.configuration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path folder;

    @Test
    void systemPropertyThenEnvironmentThenFileThenDefault() throws IOException {
        Path file = folder.resolve("aam.properties");
        Files.writeString(file, "service.jwt.expires_in=+3 hours\nservice.jwt.registry_size=5\nsite_url=https://file\n");
        Settings settings = Settings.of(
                Map.of("aam.config", file.toString(), "site_url", "https://property"),
                Map.of("SITE_URL", "https://environment", "SERVICE_JWT_REGISTRY_SIZE", "7"));
        assertEquals("https://property", settings.get(Setting.SITE_URL));
        assertEquals(7, settings.integer(Setting.REGISTRY_SIZE, 1));
        assertEquals("+3 hours", settings.get(Setting.EXPIRES_IN));
        assertEquals("+1 year", settings.get(Setting.MAX_EXPIRES_IN));
    }

    @Test
    void theConfigFileMayBeNamedInTheEnvironment() throws IOException {
        Path file = folder.resolve("other.properties");
        Files.writeString(file, "service.jwt.is_revocable=false\n");
        assertEquals(false, Settings.of(Map.of(), Map.of("AAM_CONFIG", file.toString())).bool(Setting.IS_REVOCABLE));
    }

    @Test
    void environmentNamesAreUpperCaseWithUnderscores() {
        assertEquals("SERVICE_JWT_EXPIRES_IN", Setting.EXPIRES_IN.environmentName());
        assertEquals("AAM_ADMIN_PASSWORD", Setting.ADMIN_PASSWORD.environmentName());
    }

    @Test
    void blankValuesCountAsAbsent() {
        assertEquals(Optional.empty(), Settings.of(Map.of("site_url", " "), Map.of()).find(Setting.SITE_URL));
    }

    @Test
    void badValuesNameTheKey() {
        Settings settings = Settings.of(Map.of("service.jwt.registry_size", "ten"), Map.of());
        InvalidSetting error = assertThrows(InvalidSetting.class, () -> settings.integer(Setting.REGISTRY_SIZE, 1));
        assertTrue(error.getMessage().contains("service.jwt.registry_size"), error.getMessage());
    }

    @Test
    void aMissingConfigFileIsReported() {
        assertThrows(RuntimeException.class,
                () -> Settings.of(Map.of("aam.config", folder.resolve("none.properties").toString()), Map.of()));
    }
}

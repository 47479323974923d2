package org.aam.jwt.configuration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
    void theSourceNamesTheSettingTheWayItWasGiven() throws IOException {
        Path file = folder.resolve("aam.properties");
        Files.writeString(file, "aam.admin.password=from-file\n");
        assertEquals(Optional.of("environment variable AAM_ADMIN_PASSWORD"),
                Settings.of(Map.of(), Map.of("AAM_ADMIN_PASSWORD", "secret")).source(Setting.ADMIN_PASSWORD));
        assertEquals(Optional.of("system property aam.admin.password"),
                Settings.of(Map.of("aam.admin.password", "secret"), Map.of("AAM_ADMIN_PASSWORD", "other"))
                        .source(Setting.ADMIN_PASSWORD));
        assertEquals(Optional.of("aam.admin.password in " + file),
                Settings.of(Map.of("aam.config", file.toString()), Map.of()).source(Setting.ADMIN_PASSWORD));
        assertEquals(Optional.of("environment variable AAM_ADMIN_PASSWORD"),
                Settings.of(Map.of("aam.config", file.toString()), Map.of("AAM_ADMIN_PASSWORD", "secret"))
                        .source(Setting.ADMIN_PASSWORD));
    }

    @Test
    void aDefaultOrABlankValueHasNoSource() {
        assertEquals(Optional.empty(), Settings.of(Map.of(), Map.of()).source(Setting.EXPIRES_IN));
        assertEquals(Optional.empty(), Settings.of(Map.of(), Map.of("AAM_ADMIN_PASSWORD", " ")).source(Setting.ADMIN_PASSWORD));
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

    @Test
    void durationsAreNumbersWithAUnitOrSeconds() {
        Map<String, Duration> expected = Map.of("15 minutes", Duration.ofMinutes(15),
                "90 days", Duration.ofDays(90), "1 hour", Duration.ofHours(1),
                "45", Duration.ofSeconds(45), "30s", Duration.ofSeconds(30));
        expected.forEach((text, duration) -> assertEquals(duration,
                Settings.of(Map.of("aam.login.max_delay", text), Map.of()).duration(Setting.LOGIN_MAX_DELAY), text));
        for (String wrong : new String[] {"soon", "0 minutes", "-5 minutes", "5 fortnights"}) {
            assertThrows(InvalidSetting.class,
                    () -> Settings.of(Map.of("aam.login.max_delay", wrong), Map.of()).duration(Setting.LOGIN_MAX_DELAY),
                    wrong);
        }
    }
}

package org.aam.jwt.configuration.control;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the configuration: JVM system properties, then environment variables, then the properties file named by
 * {@code aam.config} / {@code AAM_CONFIG}, then the defaults. The first source that has a key wins.
 */
public final class Settings {

    private static final Pattern DURATION = Pattern.compile(
            "(\\d{1,9})\\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hours?|d|days?)?");

    private static final String CONFIG_FILE_KEY = "aam.config";

    private final Function<String, String> systemProperties;
    private final Function<String, String> environment;
    private final Optional<String> filePath;
    private final Properties file;

    Settings(Function<String, String> systemProperties, Function<String, String> environment) {
        this.systemProperties = systemProperties;
        this.environment = environment;
        this.filePath = Optional.ofNullable(systemProperties.apply(CONFIG_FILE_KEY))
                .or(() -> Optional.ofNullable(environment.apply("AAM_CONFIG")));
        this.file = loadFile(filePath);
    }

    /** The settings of this JVM. */
    public static Settings fromEnvironment() {
        return new Settings(System::getProperty, System::getenv);
    }

    /** For tests: settings from maps instead of the JVM. */
    public static Settings of(Map<String, String> systemProperties, Map<String, String> environment) {
        return new Settings(systemProperties::get, environment::get);
    }

    private static Properties loadFile(Optional<String> path) {
        Properties properties = new Properties();
        if (path.isPresent()) {
            try (InputStream in = Files.newInputStream(Path.of(path.get()))) {
                properties.load(in);
            } catch (IOException unreadable) {
                throw new UncheckedIOException("Cannot read the configuration file " + path.get()
                        + " named by aam.config / AAM_CONFIG", unreadable);
            }
        }
        return properties;
    }

    /** The value, or empty when neither a source nor a default gives one. Blank values count as absent. */
    public Optional<String> find(Setting setting) {
        return given(setting).map(Given::value).or(() -> Optional.ofNullable(setting.defaultValue()));
    }

    /**
     * Where the value was given, named the way it was given there, so that a message can point an operator to it:
     * {@code environment variable AAM_ADMIN_PASSWORD}, {@code system property aam.admin.password} or
     * {@code aam.admin.password in /etc/aam.properties}. Empty when only the default applies.
     */
    public Optional<String> source(Setting setting) {
        return given(setting).map(Given::source);
    }

    private record Given(String value, String source) {
    }

    /**
     * A member of a family of keys, such as {@code aam.ldap.role_mapping.aam_manager}
     * ({@code AAM_LDAP_ROLE_MAPPING_AAM_MANAGER} in the environment); no default.
     */
    public Optional<String> find(Setting family, String member) {
        String key = family.key() + "." + member;
        return given(key, key.toUpperCase(java.util.Locale.ROOT).replace('.', '_')).map(Given::value);
    }

    private Optional<Given> given(Setting setting) {
        return given(setting.key(), setting.environmentName());
    }

    private Optional<Given> given(String key, String environmentName) {
        return nonBlank(systemProperties.apply(key))
                .map(value -> new Given(value, "system property " + key))
                .or(() -> nonBlank(environment.apply(environmentName))
                        .map(value -> new Given(value, "environment variable " + environmentName)))
                .or(() -> nonBlank(file.getProperty(key))
                        .map(value -> new Given(value, key + " in " + filePath.orElseThrow())));
    }

    /** The value of a setting that has a default. */
    public String get(Setting setting) {
        return find(setting).orElseThrow(() -> new IllegalStateException(setting.key() + " has no value"));
    }

    public int integer(Setting setting, int minimum) {
        String text = get(setting);
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= minimum) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new InvalidSetting(setting, "must be an integer of at least " + minimum);
    }

    public boolean bool(Setting setting) {
        String text = get(setting).trim().toLowerCase(java.util.Locale.ROOT);
        return switch (text) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new InvalidSetting(setting, "must be true or false");
        };
    }

    /**
     * A length of time such as {@code 15 minutes}, {@code 90 days}, {@code 1 hour} or a number of seconds.
     *
     * @throws InvalidSetting for anything else, or for no time at all
     */
    public Duration duration(Setting setting) {
        Matcher matcher = DURATION.matcher(get(setting).trim().toLowerCase(java.util.Locale.ROOT));
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            String unit = matcher.group(2) == null ? "s" : matcher.group(2);
            Duration duration = switch (unit.charAt(0)) {
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> Duration.ofSeconds(amount);
            };
            if (!duration.isZero()) {
                return duration;
            }
        }
        throw new InvalidSetting(setting, "must be a length of time such as 30 seconds, 15 minutes, 2 hours or 90 days");
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}

package org.aam.jwt.configuration.control;

/** A configuration value the service cannot start with; the message says which key and what to fix. */
public class InvalidSetting extends RuntimeException {

    public InvalidSetting(Setting setting, String problem) {
        super("Configuration " + setting.key() + " (environment " + setting.environmentName() + ") " + problem);
    }
}

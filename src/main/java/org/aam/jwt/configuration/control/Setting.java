package org.aam.jwt.configuration.control;

import java.util.Locale;

/** Every configuration key, with AAM's names and the defaults of the contract (section 7). */
public enum Setting {
    SITE_URL("site_url", null),
    ALLOWED_HOSTS("aam.allowed_hosts", ""),
    SIGNING_ALGORITHM("service.jwt.signing_algorithm", "HS256"),
    SIGNING_SECRET("service.jwt.signing_secret", null),
    PRIVATE_CERT_PATH("service.jwt.private_cert_path", null),
    PUBLIC_CERT_PATH("service.jwt.public_cert_path", null),
    PRIVATE_CERT_PASSPHRASE("service.jwt.private_cert_passphrase", null),
    EXPIRES_IN("service.jwt.expires_in", "+24 hours"),
    MAX_EXPIRES_IN("service.jwt.max_expires_in", "+1 year"),
    REGISTRY_SIZE("service.jwt.registry_size", "10"),
    IS_REVOCABLE("service.jwt.is_revocable", "true"),
    BEARER("service.jwt.bearer", "header,query_param,post_param,cookie"),
    COOKIE_NAME("service.jwt.cookie_name", "aam_jwt_token"),
    QUERY_PARAM_NAME("service.jwt.query_param_name", "aam-jwt"),
    POST_PARAM_NAME("service.jwt.post_param_name", "aam-jwt"),
    DATA_DIR("aam.data.dir", "./data"),
    DATASOURCE_URL("aam.datasource.url", null),
    DATASOURCE_USER("aam.datasource.user", null),
    DATASOURCE_PASSWORD("aam.datasource.password", null),
    ADMIN_USERNAME("aam.admin.username", "admin"),
    ADMIN_PASSWORD("aam.admin.password", null),
    PASSWORD_HASH_ITERATIONS("aam.password.hash_iterations", "210000"),
    /** How long audit events are kept; older ones are pruned in the background. */
    AUDIT_RETENTION("aam.audit.retention", "90 days"),
    /** Blank: only administrators read the metrics; else also a request with this as its Bearer token. */
    METRICS_TOKEN("aam.metrics.token", null),
    LOGIN_MAX_FAILURES("aam.login.max_failures", "5"),
    LOGIN_MAX_DELAY("aam.login.max_delay", "15 minutes"),
    /** Blank: no limit per client address. */
    LOGIN_MAX_FAILURES_PER_ADDRESS("aam.login.max_failures_per_address", ""),
    /** Blank: as many as the machine has processors. */
    PASSWORD_MAX_CONCURRENT_HASHES("aam.password.max_concurrent_hashes", "");

    private final String key;
    private final String defaultValue;

    Setting(String key, String defaultValue) {
        this.key = key;
        this.defaultValue = defaultValue;
    }

    public String key() {
        return key;
    }

    /** {@code service.jwt.expires_in} is {@code SERVICE_JWT_EXPIRES_IN} in the environment. */
    public String environmentName() {
        return key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    public String defaultValue() {
        return defaultValue;
    }
}

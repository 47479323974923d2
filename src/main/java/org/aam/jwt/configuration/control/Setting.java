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
    PASSWORD_MAX_CONCURRENT_HASHES("aam.password.max_concurrent_hashes", ""),
    /** Blank: no directory, only the service's own users (config/ldap.md). */
    LDAP_URL("aam.ldap.url", null),
    LDAP_STARTTLS("aam.ldap.starttls", "false"),
    LDAP_BIND_DN("aam.ldap.bind_dn", null),
    LDAP_BIND_PASSWORD("aam.ldap.bind_password", null),
    LDAP_USER_BASE("aam.ldap.user_base", null),
    /** {username} is replaced by the login name, escaped (RFC 4515). */
    LDAP_USER_FILTER("aam.ldap.user_filter", "(uid={username})"),
    LDAP_USERNAME_ATTRIBUTE("aam.ldap.username_attribute", "uid"),
    LDAP_DISPLAY_NAME_ATTRIBUTE("aam.ldap.display_name_attribute", "cn"),
    LDAP_EMAIL_ATTRIBUTE("aam.ldap.email_attribute", "mail"),
    /** The entry's immutable id: entryUUID (OpenLDAP, 389 DS), objectGUID (Active Directory, binary). */
    LDAP_ID_ATTRIBUTE("aam.ldap.id_attribute", "entryUUID"),
    /** Blank: every entry the user filter finds is active. */
    LDAP_ACTIVE_FILTER("aam.ldap.active_filter", ""),
    /** Blank: the groups are read from the user's group_attribute (memberOf) instead of searched. */
    LDAP_GROUP_BASE("aam.ldap.group_base", ""),
    /** {dn} is replaced by the user's DN, {username} by the login name, both escaped. */
    LDAP_GROUP_FILTER("aam.ldap.group_filter", "(member={dn})"),
    LDAP_GROUP_ATTRIBUTE("aam.ldap.group_attribute", "memberOf"),
    LDAP_TRUST_STORE("aam.ldap.trust_store", ""),
    LDAP_TRUST_STORE_PASSWORD("aam.ldap.trust_store_password", ""),
    /** A family: aam.ldap.role_mapping.<role or capability> = groups (DNs or names), separated by ';'. */
    LDAP_ROLE_MAPPING("aam.ldap.role_mapping", null),
    LDAP_SYNC_INTERVAL("aam.ldap.sync_interval", "5 minutes"),
    LDAP_CONNECT_TIMEOUT("aam.ldap.connect_timeout", "5 seconds"),
    LDAP_READ_TIMEOUT("aam.ldap.read_timeout", "10 seconds");

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

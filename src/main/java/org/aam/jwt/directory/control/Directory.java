package org.aam.jwt.directory.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.PartialResultException;
import javax.naming.SizeLimitExceededException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.InitialLdapContext;
import javax.naming.ldap.LdapContext;
import javax.naming.ldap.StartTlsRequest;
import javax.naming.ldap.StartTlsResponse;
import org.aam.jwt.configuration.control.InvalidSetting;
import org.aam.jwt.configuration.control.Setting;
import org.aam.jwt.configuration.control.Settings;
import org.aam.jwt.directory.entity.DirectoryEntry;

/**
 * The company directory, read with the service account (aam.ldap.bind_dn); a password is checked by binding as
 * the user. Each call opens and closes its own connection, so a directory that restarts is simply found again.
 * While the directory does not answer it is "down": that is logged once when it starts and once when it ends.
 */
@ApplicationScoped
public class Directory {

    private static final Logger LOG = Logger.getLogger(Directory.class.getName());

    @Inject
    Settings settings;

    private final AtomicBoolean reachable = new AtomicBoolean(true);
    private Optional<String> url;
    private boolean startTls;
    private String userBase;
    private String userFilter;
    private String idAttribute;
    private boolean binaryId;
    private String usernameAttribute;
    private String displayNameAttribute;
    private String emailAttribute;
    private String activeFilter;
    private String groupBase;
    private String groupFilter;
    private String groupAttribute;
    private Duration connectTimeout;
    private Duration readTimeout;
    private TrustStoreSockets sockets;

    @PostConstruct
    void configure() {
        url = settings.find(Setting.LDAP_URL);
        if (url.isEmpty()) {
            return;
        }
        if (!url.get().startsWith("ldap://") && !url.get().startsWith("ldaps://")) {
            throw new InvalidSetting(Setting.LDAP_URL, "must start with ldap:// or ldaps://");
        }
        startTls = settings.bool(Setting.LDAP_STARTTLS);
        userBase = settings.find(Setting.LDAP_USER_BASE)
                .orElseThrow(() -> new InvalidSetting(Setting.LDAP_USER_BASE, "is needed with aam.ldap.url"));
        userFilter = settings.get(Setting.LDAP_USER_FILTER);
        if (!userFilter.contains("{username}")) {
            throw new InvalidSetting(Setting.LDAP_USER_FILTER, "must contain {username}");
        }
        idAttribute = settings.get(Setting.LDAP_ID_ATTRIBUTE);
        // Active Directory's objectGUID is 16 bytes, not text: read as bytes, kept and searched in hexadecimal.
        binaryId = idAttribute.equalsIgnoreCase("objectGUID");
        usernameAttribute = settings.get(Setting.LDAP_USERNAME_ATTRIBUTE);
        displayNameAttribute = settings.get(Setting.LDAP_DISPLAY_NAME_ATTRIBUTE);
        emailAttribute = settings.get(Setting.LDAP_EMAIL_ATTRIBUTE);
        activeFilter = settings.get(Setting.LDAP_ACTIVE_FILTER);
        groupBase = settings.get(Setting.LDAP_GROUP_BASE);
        groupFilter = settings.get(Setting.LDAP_GROUP_FILTER);
        groupAttribute = settings.get(Setting.LDAP_GROUP_ATTRIBUTE);
        connectTimeout = settings.duration(Setting.LDAP_CONNECT_TIMEOUT);
        readTimeout = settings.duration(Setting.LDAP_READ_TIMEOUT);
        sockets = TrustStoreSockets.of(settings);
    }

    /** Whether a directory is configured at all. */
    public boolean isConfigured() {
        return url.isPresent();
    }

    /** Whether the directory answered the last time it was asked. */
    public boolean isReachable() {
        return reachable.get();
    }

    /** A bind with the service account: whether the directory answers, for the health check's sake. */
    public void probe() throws DirectoryUnavailable {
        try {
            connect(settings.find(Setting.LDAP_BIND_DN).orElse(null),
                    settings.find(Setting.LDAP_BIND_PASSWORD).orElse(null)).close();
            answered();
        } catch (NamingException | IOException unreachable) {
            throw down(unreachable);
        }
    }

    /** The user with this login name, or empty when the directory has none (or more than one). */
    public Optional<DirectoryEntry> findByUsername(String username) throws DirectoryUnavailable {
        return findOne(LdapFilters.fill(userFilter, "username", username));
    }

    /** The user with this immutable id, or empty when the entry is gone or no longer matches the user filter. */
    public Optional<DirectoryEntry> findById(String id) throws DirectoryUnavailable {
        String value = binaryId ? LdapFilters.escape(HexFormat.of().parseHex(id)) : LdapFilters.escape(id);
        // The user filter with any name: an entry moved out of it has left as surely as a deleted one.
        return findOne("(&(" + idAttribute + "=" + value + ")" + userFilter.replace("{username}", "*") + ")");
    }

    /**
     * Whether the password is this user's, by binding as the user. An empty password is refused before any bind:
     * LDAP takes a simple bind with a name and no password as an unauthenticated bind, which "succeeds".
     */
    public boolean passwordMatches(DirectoryEntry entry, String password) throws DirectoryUnavailable {
        if (password == null || password.isEmpty()) {
            return false;
        }
        try {
            connect(entry.dn(), password).close();
            return true;
        } catch (AuthenticationException wrongPassword) {
            answered();
            return false;
        } catch (NamingException | IOException unreachable) {
            throw down(unreachable);
        }
    }

    private Optional<DirectoryEntry> findOne(String filter) throws DirectoryUnavailable {
        LdapContext context = null;
        try {
            context = connect(settings.find(Setting.LDAP_BIND_DN).orElse(null),
                    settings.find(Setting.LDAP_BIND_PASSWORD).orElse(null));
            SearchControls controls = new SearchControls();
            controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
            controls.setCountLimit(2);
            controls.setReturningAttributes(new String[] {idAttribute, usernameAttribute, displayNameAttribute,
                    emailAttribute, groupAttribute});
            List<SearchResult> found = results(context.search(userBase, filter, controls));
            Optional<DirectoryEntry> entry = found.size() == 1
                    ? Optional.of(entry(context, found.get(0)))
                    : Optional.empty();
            answered();
            return entry;
        } catch (NamingException | IOException unreachable) {
            throw down(unreachable);
        } finally {
            close(context);
        }
    }

    private DirectoryEntry entry(LdapContext context, SearchResult result) throws NamingException {
        Attributes attributes = result.getAttributes();
        String dn = result.getNameInNamespace();
        Object id = attributes.get(idAttribute) == null ? null : attributes.get(idAttribute).get();
        if (id == null) {
            throw new NamingException("The entry " + dn + " has no " + idAttribute + " (aam.ldap.id_attribute)");
        }
        String username = text(attributes, usernameAttribute).orElseThrow(() -> new NamingException(
                "The entry " + dn + " has no " + usernameAttribute + " (aam.ldap.username_attribute)"));
        return new DirectoryEntry(
                id instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : id.toString().toLowerCase(Locale.ROOT),
                dn, username, text(attributes, displayNameAttribute).orElse(username),
                text(attributes, emailAttribute).orElse(null), groups(context, dn, username, attributes),
                isActive(context, dn));
    }

    private boolean isActive(LdapContext context, String dn) throws NamingException {
        if (activeFilter.isBlank()) {
            return true;
        }
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.OBJECT_SCOPE);
        controls.setReturningAttributes(new String[] {"1.1"});
        return !results(context.search(dn, activeFilter, controls)).isEmpty();
    }

    private Set<String> groups(LdapContext context, String dn, String username, Attributes attributes)
            throws NamingException {
        Set<String> groups = new HashSet<>();
        if (groupBase.isBlank()) {
            Attribute memberOf = attributes.get(groupAttribute);
            for (int i = 0; memberOf != null && i < memberOf.size(); i++) {
                groups.add(memberOf.get(i).toString());
            }
            return groups;
        }
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(new String[] {"1.1"});
        String filter = LdapFilters.fill(LdapFilters.fill(groupFilter, "dn", dn), "username", username);
        for (SearchResult group : results(context.search(groupBase, filter, controls))) {
            groups.add(group.getNameInNamespace());
        }
        return groups;
    }

    /**
     * The results; Active Directory's referrals to other partitions end the list rather than fail it, and so does
     * the count limit (a user search asks for two: one too many to tell that a name is ambiguous).
     */
    private static List<SearchResult> results(NamingEnumeration<SearchResult> results) throws NamingException {
        List<SearchResult> all = new ArrayList<>();
        try {
            while (results.hasMore()) {
                all.add(results.next());
            }
        } catch (PartialResultException | SizeLimitExceededException endOfWhatWasAsked) {
            // what came is what is needed
        } finally {
            results.close();
        }
        return all;
    }

    private LdapContext connect(String dn, String password) throws NamingException, IOException {
        Hashtable<String, Object> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, url.orElseThrow());
        environment.put(Context.REFERRAL, "ignore");
        environment.put("com.sun.jndi.ldap.connect.timeout", String.valueOf(connectTimeout.toMillis()));
        environment.put("com.sun.jndi.ldap.read.timeout", String.valueOf(readTimeout.toMillis()));
        if (binaryId) {
            environment.put("java.naming.ldap.attributes.binary", idAttribute);
        }
        sockets.configure(environment, url.get());
        if (!startTls) {
            if (dn != null) {
                environment.put(Context.SECURITY_AUTHENTICATION, "simple");
                environment.put(Context.SECURITY_PRINCIPAL, dn);
                environment.put(Context.SECURITY_CREDENTIALS, password);
            }
            return new InitialLdapContext(environment, null);
        }
        // StartTLS: connect without credentials, secure the connection, and only then bind.
        LdapContext context = new InitialLdapContext(environment, null);
        try {
            StartTlsResponse tls = (StartTlsResponse) context.extendedOperation(new StartTlsRequest());
            tls.negotiate(sockets.tlsFactory());
            if (dn != null) {
                context.addToEnvironment(Context.SECURITY_AUTHENTICATION, "simple");
                context.addToEnvironment(Context.SECURITY_PRINCIPAL, dn);
                context.addToEnvironment(Context.SECURITY_CREDENTIALS, password);
                context.getAttributes("", new String[] {"1.1"}); // the bind happens at the first operation
            }
            return context;
        } catch (NamingException | IOException | RuntimeException failed) {
            close(context);
            throw failed;
        }
    }

    private static Optional<String> text(Attributes attributes, String name) throws NamingException {
        Attribute attribute = attributes.get(name);
        return attribute == null || attribute.get() == null ? Optional.empty()
                : Optional.of(attribute.get().toString());
    }

    private static void close(LdapContext context) {
        if (context != null) {
            try {
                context.close();
            } catch (NamingException alreadyGone) {
                // nothing to release
            }
        }
    }

    private void answered() {
        if (reachable.compareAndSet(false, true)) {
            LOG.info("The directory " + url.orElseThrow() + " answers again");
        }
    }

    private DirectoryUnavailable down(Exception cause) {
        // Once per outage, not once per request: a directory that is down would otherwise flood the log.
        if (reachable.compareAndSet(true, false)) {
            LOG.warning("The directory " + url.orElseThrow() + " does not answer (" + cause
                    + "): directory users keep their last known rights and status until it answers again");
        }
        return new DirectoryUnavailable("The directory does not answer", cause);
    }
}

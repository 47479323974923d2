package org.aam.jwt.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.Properties;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.BasicAttribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.ModificationItem;
import javax.naming.ldap.InitialLdapContext;

/**
 * The slapd of the integration tests (src/test/ldap/slapd.sh, started by the build), changed as a directory's
 * administrator would: the settings the service reads are in the file that AAM_CONFIG names.
 */
final class TestDirectory {

    static final String PEOPLE = "ou=people,dc=example,dc=org";
    static final String GROUPS = "ou=groups,dc=example,dc=org";
    private static final Path FILE = Path.of(System.getenv("AAM_CONFIG"));

    private TestDirectory() {
    }

    static String directoryPassword(String uid) {
        return uid + "-directory-password";
    }

    static void deleteUser(String uid) {
        change(context -> context.destroySubcontext(dn(uid)));
    }

    static void removeFromGroup(String uid, String group) {
        change(context -> context.modifyAttributes("cn=" + group + "," + GROUPS, new ModificationItem[] {
                new ModificationItem(DirContext.REMOVE_ATTRIBUTE, new BasicAttribute("member", dn(uid)))}));
    }

    /** OpenLDAP's way of disabling an account for good (the password policy overlay's lock). */
    static void disable(String uid) {
        change(context -> context.modifyAttributes(dn(uid), new ModificationItem[] {new ModificationItem(
                DirContext.ADD_ATTRIBUTE, new BasicAttribute("pwdAccountLockedTime", "000001010000Z"))}));
    }

    /** Stops the directory (slapd.sh stop), as an outage would. */
    static void stop() {
        script("stop");
    }

    /** Starts it again, with its data, on the same port. */
    static void resume() {
        script("resume");
    }

    private static String dn(String uid) {
        return "uid=" + uid + "," + PEOPLE;
    }

    private interface Change {
        void on(DirContext context) throws NamingException;
    }

    private static void change(Change change) {
        Hashtable<String, Object> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, settings().getProperty("aam.ldap.url"));
        environment.put(Context.SECURITY_PRINCIPAL, "cn=admin,dc=example,dc=org");
        environment.put(Context.SECURITY_CREDENTIALS, "directory-admin-password");
        try {
            DirContext context = new InitialLdapContext(environment, null);
            try {
                change.on(context);
            } finally {
                context.close();
            }
        } catch (NamingException failed) {
            throw new IllegalStateException("The test directory refused a change", failed);
        }
    }

    private static Properties settings() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(FILE)) {
            properties.load(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return properties;
    }

    private static void script(String command) {
        try {
            Process process = new ProcessBuilder("src/test/ldap/slapd.sh", command, FILE.getParent().toString())
                    .inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("slapd.sh " + command + " failed");
            }
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException("slapd.sh " + command + " failed", failed);
        }
    }
}

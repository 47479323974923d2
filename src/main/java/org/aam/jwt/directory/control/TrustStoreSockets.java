package org.aam.jwt.directory.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Hashtable;
import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.aam.jwt.configuration.control.InvalidSetting;
import org.aam.jwt.configuration.control.Setting;
import org.aam.jwt.configuration.control.Settings;

/**
 * TLS to the directory, trusting the certificates of aam.ldap.trust_store (a PKCS12 or JKS file) or, without one,
 * those the JVM trusts. JNDI takes an ldaps:// socket factory only as a class name with a static
 * {@code getDefault()}, hence the static field; the JDK checks the server's host name on ldaps:// and StartTLS alike.
 */
public final class TrustStoreSockets extends SocketFactory {

    private static volatile SSLSocketFactory configured = (SSLSocketFactory) SSLSocketFactory.getDefault();

    private final SSLSocketFactory delegate;

    private TrustStoreSockets(SSLSocketFactory delegate) {
        this.delegate = delegate;
    }

    /** Called by JNDI for each ldaps:// connection. */
    public static SocketFactory getDefault() {
        return new TrustStoreSockets(configured);
    }

    static TrustStoreSockets of(Settings settings) {
        String path = settings.get(Setting.LDAP_TRUST_STORE);
        configured = (SSLSocketFactory) SSLSocketFactory.getDefault();
        if (!path.isBlank()) {
            char[] password = settings.get(Setting.LDAP_TRUST_STORE_PASSWORD).toCharArray();
            try (InputStream in = Files.newInputStream(Path.of(path))) {
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(in, password.length == 0 ? null : password);
                TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(store);
                SSLContext tls = SSLContext.getInstance("TLS");
                tls.init(null, trust.getTrustManagers(), null);
                configured = tls.getSocketFactory();
            } catch (IOException unreadable) {
                throw new UncheckedIOException("Cannot read aam.ldap.trust_store " + path, unreadable);
            } catch (GeneralSecurityException unusable) {
                throw new InvalidSetting(Setting.LDAP_TRUST_STORE, "is not a trust store this JVM can read: " + unusable);
            }
        }
        return new TrustStoreSockets(configured);
    }

    SSLSocketFactory tlsFactory() {
        return delegate;
    }

    /** ldaps:// connections go through this class; StartTLS is given {@link #tlsFactory()} directly. */
    void configure(Hashtable<String, Object> environment, String url) {
        if (url.startsWith("ldaps://")) {
            environment.put("java.naming.ldap.factory.socket", TrustStoreSockets.class.getName());
        }
    }

    @Override
    public Socket createSocket() throws IOException {
        return delegate.createSocket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return delegate.createSocket(host, port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return delegate.createSocket(host, port, localHost, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return delegate.createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return delegate.createSocket(address, port, localAddress, localPort);
    }
}

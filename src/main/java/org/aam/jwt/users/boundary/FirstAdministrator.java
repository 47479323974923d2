package org.aam.jwt.users.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Logger;
import org.aam.jwt.configuration.control.Setting;
import org.aam.jwt.configuration.control.Settings;
import org.aam.jwt.users.entity.Capability;
import org.aam.jwt.users.entity.NewUser;
import org.aam.jwt.users.entity.Role;
import org.aam.jwt.rest.entity.WpError;

/**
 * On the first start with an empty user table, creates the administrator from {@code aam.admin.username} /
 * {@code aam.admin.password}. Without a configured password one is generated and written once to the log: the
 * only secret this service ever logs, because otherwise nobody could log in.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    Users users;

    @Inject
    Settings settings;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!users.isEmpty()) {
            return;
        }
        String username = settings.get(Setting.ADMIN_USERNAME);
        String password = settings.find(Setting.ADMIN_PASSWORD).orElse(null);
        boolean generated = password == null;
        if (generated) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        try {
            users.create(new NewUser(username, password, "Administrator", null, Set.of(Role.ADMINISTRATOR),
                    Set.of(Capability.values())));
        } catch (WpError | PersistenceException anotherInstanceWasFirst) {
            LOG.info("The first administrator was created by another instance sharing the database.");
            return;
        }
        LOG.warning(generated
                ? "Created administrator '" + username + "' with the generated password: " + password
                        + "  (set AAM_ADMIN_PASSWORD to choose it; change it with PATCH /aam/v2/users/{id})"
                : "Created administrator '" + username + "' with the password from the "
                        + settings.source(Setting.ADMIN_PASSWORD).orElseThrow() + ".");
    }
}

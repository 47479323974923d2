package org.aam.jwt.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.aam.jwt.keys.control.SigningKeys;
import org.aam.jwt.keys.entity.RegisteredKey;
import org.aam.jwt.keys.entity.SigningAlgorithm;
import org.aam.jwt.schema.control.Migrations;
import org.aam.jwt.tokens.control.LastUseUpdate;
import org.aam.jwt.tokens.entity.IssuedJwt;
import org.aam.jwt.tokens.entity.RegistryPlace;
import org.aam.jwt.tokens.entity.Token;
import org.aam.jwt.users.entity.Capability;
import org.aam.jwt.users.entity.Role;
import org.aam.jwt.users.entity.User;
import org.aam.jwt.users.entity.UserStatus;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JPA mapping and named queries of persistence.xml, on EclipseLink (Payara's provider) and H2, outside a server,
 * against the schema the migrations make (as on the server: persistence.xml generates nothing).
 */
class MappingTest {

    private static EntityManagerFactory factory;
    private static String dataDirBefore;

    @TempDir
    static Path dataDir;

    @BeforeAll
    static void createSchema() {
        // The token converter keeps its key in the data folder, read from the configuration as on the server.
        dataDirBefore = System.setProperty("aam.data.dir", dataDir.toString());
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:mapping;DB_CLOSE_DELAY=-1");
        new Migrations(database).migrate();
        factory = Persistence.createEntityManagerFactory("aam", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", "jdbc:h2:mem:mapping;DB_CLOSE_DELAY=-1",
                "jakarta.persistence.validation.mode", "NONE"));
    }

    @AfterAll
    static void close() {
        factory.close();
        if (dataDirBefore == null) {
            System.clearProperty("aam.data.dir");
        } else {
            System.setProperty("aam.data.dir", dataDirBefore);
        }
    }

    private static void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static User user(String name) {
        User user = new User(name + "-" + UUID.randomUUID(), "hash", Instant.now());
        user.grant(Set.of(Role.EDITOR, Role.SUBSCRIBER), Set.of(Capability.AAM_MANAGER), Instant.now());
        return user;
    }

    @Test
    void aUserKeepsRightsAndStatus() {
        User user = user("rights");
        inTransaction(em -> em.persist(user));
        inTransaction(em -> {
            User read = em.find(User.class, user.id(), LockModeType.PESSIMISTIC_WRITE);
            assertEquals(Set.of(Role.EDITOR, Role.SUBSCRIBER), read.roles());
            assertEquals(Set.of(Capability.AAM_MANAGER), read.capabilities());
            assertEquals(UserStatus.ACTIVE, read.status());
            assertEquals(read.id(), em.createNamedQuery(User.BY_USERNAME, User.class)
                    .setParameter("usernameKey", User.keyOf(user.username().toUpperCase())).getSingleResult().id());
        });
    }

    @Test
    void usernamesAreUniqueRegardlessOfCase() {
        User first = user("twin");
        inTransaction(em -> em.persist(first));
        User second = new User(first.username().toUpperCase(), "hash", Instant.now());
        assertThrows(PersistenceException.class, () -> inTransaction(em -> {
            em.persist(second);
            em.flush();
        }));
    }

    @Test
    void aTokenNeedsItsUser() {
        assertThrows(PersistenceException.class, () -> inTransaction(em -> {
            em.persist(new Token(new IssuedJwt("h.p.s", UUID.randomUUID().toString(), "kid", 1, 2, false, true),
                    Long.MAX_VALUE, 1));
            em.flush();
        }));
    }

    @Test
    void aUsersTokensListInIssueOrderWithTheirKeysAndTrimmingOrResetDeletesOnlyTheirs() {
        User owner = user("owner");
        User other = user("other");
        RegisteredKey key = new RegisteredKey(SigningKeys.generate(SigningAlgorithm.HS256), Optional.empty(), Instant.now());
        inTransaction(em -> {
            em.persist(owner);
            em.persist(other);
            em.persist(key);
        });
        inTransaction(em -> {
            for (long order = 3; order >= 1; order--) {
                // The newest token names a kid that is not registered.
                String kid = order == 3 ? "unregistered" : key.keyId();
                em.persist(new Token(new IssuedJwt("h.p.s" + order, UUID.randomUUID().toString(), kid, order, 99, false, true),
                        owner.id(), order));
            }
            em.persist(new Token(new IssuedJwt("h.p.x", UUID.randomUUID().toString(), "kid", 1, 99, false, true), other.id(), 1));
        });
        inTransaction(em -> {
            List<Object[]> rows = em.createNamedQuery(Token.WITH_KEYS_OF_USER, Object[].class)
                    .setParameter("userId", owner.id()).getResultList();
            List<Token> tokens = rows.stream().map(row -> (Token) row[0]).toList();
            assertEquals(List.of("h.p.s1", "h.p.s2", "h.p.s3"), tokens.stream().map(Token::compact).toList());
            assertEquals(Arrays.asList(key.keyId(), key.keyId(), null),
                    rows.stream().map(row -> row[1] == null ? null : ((RegisteredKey) row[1]).keyId()).toList());
            List<RegistryPlace> newestFirst = new ArrayList<>(tokens.stream()
                    .map(token -> new RegistryPlace(token.id(), token.listOrder())).toList());
            Collections.reverse(newestFirst);
            assertEquals(newestFirst, em.createNamedQuery(Token.PLACES_OF_USER, RegistryPlace.class).setParameter("userId", owner.id())
                            .getResultList());
            assertEquals(2, em.createNamedQuery(Token.DELETE_OF_USER_UP_TO).setParameter("userId", owner.id())
                    .setParameter("listOrder", 2L).executeUpdate());
            assertEquals(1, em.createNamedQuery(Token.DELETE_OF_USER).setParameter("userId", owner.id()).executeUpdate());
        });
        inTransaction(em -> assertEquals(1, em.createNamedQuery(Token.WITH_KEYS_OF_USER, Object[].class)
                .setParameter("userId", other.id()).getResultList().size()));
    }

    @Test
    void twoTokensOfOneUserCannotShareAPlaceInTheRegistry() {
        User owner = user("order");
        inTransaction(em -> em.persist(owner));
        assertThrows(PersistenceException.class, () -> inTransaction(em -> {
            em.persist(new Token(new IssuedJwt("a", UUID.randomUUID().toString(), "kid", 1, 2, false, true), owner.id(), 1));
            em.persist(new Token(new IssuedJwt("b", UUID.randomUUID().toString(), "kid", 1, 2, false, true), owner.id(), 1));
            em.flush();
        }));
    }

    @Test
    void theStoredTokenIsEncryptedAndReadsBackAsIssued() throws Exception {
        User owner = user("sealed");
        inTransaction(em -> em.persist(owner));
        String compact = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJqdGkiOiJ4In0.c2lnbmF0dXJl";
        String id = UUID.randomUUID().toString();
        inTransaction(em -> em.persist(new Token(new IssuedJwt(compact, id, "kid", 1, 2, false, true), owner.id(), 1)));
        try (Connection raw = DriverManager.getConnection("jdbc:h2:mem:mapping");
                PreparedStatement select = raw.prepareStatement("select compact from aam_tokens where id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                String stored = row.getString(1);
                assertFalse(stored.contains("eyJ") || stored.contains("c2lnbmF0dXJl"), stored);
                assertTrue(stored.startsWith("v1."), stored);
            }
        }
        inTransaction(em -> assertEquals(compact, em.find(Token.class, id).compact()));
        assertTrue(Files.exists(dataDir.resolve("token-store-key")));
    }

    @Test
    void aLastUseIsWrittenOnlyOverAnEarlierOne() throws Exception {
        User owner = user("used");
        inTransaction(em -> em.persist(owner));
        String id = UUID.randomUUID().toString();
        inTransaction(em -> em.persist(new Token(new IssuedJwt("h.p.s", id, "kid", 1, 2, false, true), owner.id(), 1)));
        inTransaction(em -> assertEquals(Optional.empty(), em.find(Token.class, id).lastUsedAt(), "never used"));
        Instant later = Instant.parse("2026-12-02T20:00:10Z");
        try (Connection raw = DriverManager.getConnection("jdbc:h2:mem:mapping")) {
            LastUseUpdate.write(raw, Map.of(id, later, UUID.randomUUID().toString(), later));
            LastUseUpdate.write(raw, Map.of(id, later.minusSeconds(5)));
        }
        inTransaction(em -> assertEquals(Optional.of(later), em.find(Token.class, id).lastUsedAt()));
    }
}

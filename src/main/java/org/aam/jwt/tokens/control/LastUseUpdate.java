package org.aam.jwt.tokens.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;

/**
 * Writes tokens' last uses in one batched UPDATE and one transaction. The database holds the truth for every
 * instance that shares it: a time is written only over an earlier one, so the last use never moves backwards,
 * whichever instance writes last. A token without a row (deleted, or pushed out of the registry) is skipped.
 */
public final class LastUseUpdate {

    private static final String UPDATE = "UPDATE aam_tokens SET last_used_at = ? WHERE id = ?"
            + " AND (last_used_at IS NULL OR last_used_at < ?)";

    private LastUseUpdate() {
    }

    /** @param uses by {@code jti}; stored in whole seconds */
    public static void write(Connection connection, Map<String, Instant> uses) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            for (Map.Entry<String, Instant> use : uses.entrySet()) {
                long at = use.getValue().getEpochSecond();
                update.setLong(1, at);
                update.setString(2, use.getKey());
                update.setLong(3, at);
                update.addBatch();
            }
            update.executeBatch();
            connection.commit();
        } catch (SQLException | RuntimeException failure) {
            connection.rollback();
            throw failure;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}

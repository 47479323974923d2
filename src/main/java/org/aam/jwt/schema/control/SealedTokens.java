package org.aam.jwt.schema.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.aam.jwt.tokens.control.TokenSealing;

/**
 * The database and the data folder belong together: stored tokens are sealed with the data folder's
 * {@code token-store-key}. A restore that brought back the database without that key (or with another instance's)
 * would list and refresh tokens it cannot read; the start-up stops instead, and says what to restore.
 */
public final class SealedTokens {

    private SealedTokens() {
    }

    /** @throws IllegalStateException a stored token does not open with the data folder's key */
    public static void requireOpenable(DataSource database) {
        String sealed;
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.setMaxRows(1);
            try (ResultSet row = statement.executeQuery("SELECT compact FROM aam_tokens")) {
                if (!row.next()) {
                    return;
                }
                sealed = row.getString(1);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Cannot read the stored tokens: " + failure.getMessage(), failure);
        }
        try {
            TokenSealing.get().open(sealed);
        } catch (IllegalStateException | IllegalArgumentException unreadable) {
            throw new IllegalStateException("The tokens stored in the database cannot be opened with the data"
                    + " folder's token-store-key (aam.data.dir): the database and the data folder do not belong"
                    + " together. Restore the data folder that was backed up with this database (its"
                    + " token-store-key and signing-key-*.jwk files), see config/backup-and-restore.md. The service"
                    + " does not start rather than serve tokens it cannot read.", unreadable);
        }
    }
}

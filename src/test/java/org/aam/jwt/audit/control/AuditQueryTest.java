package org.aam.jwt.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.aam.jwt.events.entity.EventName;
import org.aam.jwt.rest.control.Parameters;
import org.aam.jwt.rest.entity.WpError;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    private static AuditQuery query(String rawQuery) {
        return AuditQuery.of(Parameters.parse(null, "", rawQuery));
    }

    @Test
    void withoutFiltersAPageIsTheNewestFifty() {
        AuditQuery query = query(null);
        assertEquals(50, query.limit());
        assertEquals(Optional.empty(), query.userId());
        assertEquals(Optional.empty(), query.event());
        assertEquals(Optional.empty(), query.after());
    }

    @Test
    void filtersAreRead() {
        AuditQuery query = query("user_id=7&event=token_revoked&since=2026-12-01T10:00:00Z"
                + "&until=2026-12-01T12:00:00%2B02:00&limit=500");
        assertEquals(Optional.of(7L), query.userId());
        assertEquals(Optional.of(EventName.TOKEN_REVOKED), query.event());
        assertEquals(Optional.of(Instant.parse("2026-12-01T10:00:00Z")), query.since());
        assertEquals(Optional.of(Instant.parse("2026-12-01T10:00:00Z")), query.until(), "the offset counts");
        assertEquals(500, query.limit());
    }

    @Test
    void rfc3339AllowsLowerCaseLettersAndFractions() {
        assertEquals(Instant.parse("2026-12-01T10:00:00.250Z"), AuditQuery.time("since", "2026-12-01t10:00:00.25z"));
    }

    @Test
    void aBadValueIsA400NamingItsParameter() {
        for (String bad : new String[] {"limit=0", "limit=501", "limit=x", "event=TOKEN_ISSUED", "event=nothing",
            "since=2026-12-01", "until=2026-12-01T10:00:00", "since=1764583200", "cursor=abc", "user_id=0"}) {
            WpError error = assertThrows(WpError.class, () -> query(bad), bad);
            assertEquals(400, error.status());
            assertTrue(error.getMessage().contains(bad.substring(0, bad.indexOf('='))), error.getMessage());
        }
    }

    @Test
    void aCursorReadsBackWhatItWasMadeOf() {
        AuditCursor cursor = new AuditCursor(1764583200123L, "0b7c0a1e-2f4c-4d7b-9a51-3f0a6c1d2e3f");
        assertEquals(Optional.of(cursor), query("cursor=" + cursor.encoded()).after());
    }

    @Test
    void aCursorNotMadeByTheServiceIsRefused() {
        for (String forged : new String[] {"", "!!!", "MTIz", "eC4wYjdjMGExZS0yZjRjLTRkN2ItOWE1MS0zZjBhNmMxZDJlM2Y"}) {
            assertThrows(WpError.class, () -> AuditCursor.decode(forged), forged);
        }
    }
}

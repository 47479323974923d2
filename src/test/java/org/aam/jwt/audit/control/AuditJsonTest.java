package org.aam.jwt.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.aam.jwt.audit.entity.AuditRecord;
import org.aam.jwt.events.entity.AuditEvent;
import org.aam.jwt.events.entity.EventName;
import org.junit.jupiter.api.Test;

class AuditJsonTest {

    @Test
    void anEventHasEveryMemberOfTheContractNullWhereUnknown() {
        AuditRecord record = new AuditRecord(Instant.parse("2026-12-01T10:00:00.125Z"),
                AuditEvent.login(EventName.LOGIN_FAILED, null, "203.0.113.9", "unknown account"));
        JsonObject json = AuditJson.of(record);
        assertEquals(List.of("id", "time", "event", "actor_id", "user_id", "token_id", "client", "outcome", "detail"),
                List.copyOf(json.keySet()));
        assertEquals("2026-12-01T10:00:00.125Z", json.getString("time"));
        assertEquals("login_failed", json.getString("event"));
        assertEquals("failure", json.getString("outcome"));
        assertTrue(json.isNull("actor_id") && json.isNull("user_id") && json.isNull("token_id"));
        assertEquals("203.0.113.9", json.getString("client"));
    }

    @Test
    void onlyASuccessfulLoginNamesItsActor() {
        assertEquals(7L, AuditEvent.login(EventName.LOGIN_SUCCEEDED, 7L, "::1", null).actorId());
        assertEquals(null, AuditEvent.login(EventName.LOGIN_THROTTLED, 7L, "::1", null).actorId());
    }

    @Test
    void aLongDetailIsCutToItsColumn() {
        AuditRecord record = new AuditRecord(Instant.now(),
                AuditEvent.of(EventName.USER_CHANGED, 3L, null, "x".repeat(1000)));
        assertEquals(255, AuditJson.of(record).getString("detail").length());
    }
}

package org.aam.jwt.audit.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.aam.jwt.audit.entity.AuditRecord;
import org.aam.jwt.rest.control.JsonBuilders;

/** An event as the API answers it and as its log line reads: the same members, null where unknown. */
public final class AuditJson {

    private AuditJson() {
    }

    public static JsonObject of(AuditRecord record) {
        JsonObjectBuilder json = JsonBuilders.object()
                .add("id", record.id())
                .add("time", record.time().toString())
                .add("event", record.event().apiName());
        add(json, "actor_id", record.actorId());
        add(json, "user_id", record.userId());
        add(json, "token_id", record.tokenId());
        add(json, "client", record.client());
        json.add("outcome", record.outcome().apiName());
        add(json, "detail", record.detail());
        return json.build();
    }

    private static void add(JsonObjectBuilder json, String name, Long value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static void add(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}

package org.aam.jwt.audit.control;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.aam.jwt.audit.entity.AuditRecord;
import org.aam.jwt.rest.entity.WpError;

/**
 * Where a page of the trail ended: the last event's time and id. The next page holds what sorts after it (older,
 * or as old with a smaller id), so events added meanwhile, which are newer, neither repeat nor shift a page. Opaque
 * to clients: base64url, so that nobody builds one by hand and its form may change.
 */
public record AuditCursor(long occurredAtMillis, String id) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    public static AuditCursor after(AuditRecord last) {
        return new AuditCursor(last.occurredAtMillis(), last.id());
    }

    public String encoded() {
        return ENCODER.encodeToString((occurredAtMillis + "." + id).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws WpError 400 naming {@code cursor} for anything this service did not hand out */
    public static AuditCursor decode(String text) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int dot = plain.indexOf('.');
            String id = plain.substring(dot + 1);
            if (dot > 0 && id.matches("[0-9a-f-]{36}")) {
                return new AuditCursor(Long.parseLong(plain.substring(0, dot)), id);
            }
        } catch (IllegalArgumentException notOurs) {
            // reported below (NumberFormatException is one)
        }
        throw WpError.invalidParam("Invalid parameter(s): cursor (must be the next value of an earlier page)");
    }
}

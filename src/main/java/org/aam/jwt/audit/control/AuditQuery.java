package org.aam.jwt.audit.control;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.aam.jwt.events.entity.EventName;
import org.aam.jwt.rest.control.Parameters;
import org.aam.jwt.rest.entity.WpError;

/**
 * The filters and page of {@code GET /aam/v2/audit}. {@code since} and {@code until} are inclusive; a bad value is
 * a 400 that names the parameter.
 */
public record AuditQuery(Optional<Long> userId, Optional<EventName> event, Optional<Instant> since,
        Optional<Instant> until, int limit, Optional<AuditCursor> after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static AuditQuery of(Parameters parameters) {
        return new AuditQuery(
                parameters.positiveLong("user_id"),
                parameters.string("event").map(AuditQuery::event),
                parameters.string("since").map(text -> time("since", text)),
                parameters.string("until").map(text -> time("until", text)),
                parameters.string("limit").map(AuditQuery::limit).orElse(DEFAULT_LIMIT),
                parameters.string("cursor").map(AuditCursor::decode));
    }

    private static EventName event(String text) {
        return EventName.ofApiName(text.trim()).orElseThrow(() -> invalid("event", "must be one of "
                + String.join(", ", java.util.Arrays.stream(EventName.values()).map(EventName::apiName).toList())));
    }

    /** RFC 3339: a date, a time and an offset ({@code Z} or {@code +02:00}); a bare date is not a moment. */
    static Instant time(String name, String text) {
        try {
            return OffsetDateTime.parse(text.trim().toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException notRfc3339) {
            throw invalid(name, "must be an RFC 3339 time such as 2026-12-01T09:30:00Z");
        }
    }

    private static int limit(String text) {
        try {
            int limit = Integer.parseInt(text.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw invalid("limit", "must be an integer from 1 to " + MAX_LIMIT);
    }

    private static WpError invalid(String name, String rule) {
        return WpError.invalidParam("Invalid parameter(s): " + name + " (" + rule + ")");
    }
}

package org.aam.jwt.tokens.control;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aam.jwt.rest.entity.WpError;

/**
 * When a new token expires: {@code expires_at} (RFC 3339), else {@code expires_in} (a relative time as PHP's
 * strtotime reads it, e.g. {@code +2 weeks}), else the configured default; never past the configured maximum.
 * Calendar units (month, year) follow the calendar in UTC, as strtotime does.
 */
public final class Expiry {

    private static final Pattern TERM = Pattern.compile(
            "\\s*([+-]?)\\s*(\\d{1,9})\\s*(sec|secs|second|seconds|min|mins|minute|minutes|hour|hours|day|days"
                    + "|week|weeks|fortnight|fortnights|month|months|year|years)\\b\\s*");
    private static final Pattern NEXT = Pattern.compile("next\\s+(second|minute|hour|day|week|fortnight|month|year)");

    private final String defaultExpiresIn;
    private final String maxExpiresIn;

    /** @throws IllegalArgumentException when either setting is not a relative time */
    public Expiry(String defaultExpiresIn, String maxExpiresIn) {
        Instant now = Instant.now();
        relative(defaultExpiresIn, now);
        relative(maxExpiresIn, now);
        this.defaultExpiresIn = defaultExpiresIn;
        this.maxExpiresIn = maxExpiresIn;
    }

    /** @return {@code exp}, in seconds since the epoch */
    public long resolve(Optional<String> expiresAt, Optional<String> expiresIn, Instant now) {
        Instant expiry;
        if (expiresAt.isPresent()) {
            expiry = parse(() -> absolute(expiresAt.get()), "expires_at must be an RFC 3339 date-time, e.g. 2030-01-31T12:00:00Z");
        } else {
            String relative = expiresIn.orElse(defaultExpiresIn);
            expiry = parse(() -> relative(relative, now), "expires_in must be a relative time such as +2 weeks, "
                    + "+1 day 12 hours, tomorrow, next month, P14D or a number of seconds");
        }
        return checked(expiry, now);
    }

    /**
     * @return {@code exp}, in seconds since the epoch
     * @throws WpError 400 for an expiry in the past or beyond the longest lifetime allowed
     */
    public long checked(Instant expiry, Instant now) {
        long exp = expiry.getEpochSecond();
        if (exp <= now.getEpochSecond()) {
            throw WpError.invalidParam("The token's expiry (" + expiry + ") must be in the future.");
        }
        if (expiry.isAfter(relative(maxExpiresIn, now))) {
            throw WpError.invalidParam("The token's expiry (" + expiry + ") is further away than the longest lifetime allowed ("
                    + maxExpiresIn + ").");
        }
        return exp;
    }

    private static Instant parse(Supplier<Instant> parser, String rule) {
        try {
            return parser.get();
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException unreadable) {
            throw WpError.invalidParam("Invalid parameter(s): " + rule);
        }
    }

    /** An RFC 3339 date-time with its offset; a space may stand for the {@code T}. */
    public static Instant absolute(String text) {
        String iso = text.trim().replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) (\\d)", "$1T$2");
        return OffsetDateTime.parse(iso).toInstant();
    }

    /** @throws IllegalArgumentException when the text is not a relative time this parser knows */
    public static Instant relative(String text, Instant now) {
        String expression = text.trim().toLowerCase(Locale.ROOT);
        ZonedDateTime start = now.atZone(ZoneOffset.UTC);
        if (expression.matches("\\d{1,12}")) {
            return now.plusSeconds(Long.parseLong(expression));
        }
        if (expression.startsWith("p")) {
            return isoDuration(expression.toUpperCase(Locale.ROOT), start).toInstant();
        }
        if (expression.equals("now")) {
            return now;
        }
        if (expression.equals("tomorrow")) {
            return start.truncatedTo(ChronoUnit.DAYS).plusDays(1).toInstant();
        }
        Matcher next = NEXT.matcher(expression);
        if (next.matches()) {
            return plus(start, 1, next.group(1)).toInstant();
        }
        return terms(expression, start).toInstant();
    }

    private static ZonedDateTime terms(String expression, ZonedDateTime start) {
        Matcher term = TERM.matcher(expression);
        ZonedDateTime result = start;
        int position = 0;
        while (position < expression.length()) {
            if (!term.find(position) || term.start() != position) {
                throw new IllegalArgumentException("Not a relative time: " + expression);
            }
            long amount = Long.parseLong(term.group(2));
            result = plus(result, "-".equals(term.group(1)) ? -amount : amount, term.group(3));
            position = term.end();
        }
        if (position == 0) {
            throw new IllegalArgumentException("Empty relative time");
        }
        return result;
    }

    private static ZonedDateTime plus(ZonedDateTime time, long amount, String unit) {
        String singular = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
        return switch (singular) {
            case "sec", "second" -> time.plusSeconds(amount);
            case "min", "minute" -> time.plusMinutes(amount);
            case "hour" -> time.plusHours(amount);
            case "day" -> time.plusDays(amount);
            case "week" -> time.plusWeeks(amount);
            case "fortnight" -> time.plusWeeks(2 * amount);
            case "month" -> time.plusMonths(amount);
            case "year" -> time.plusYears(amount);
            default -> throw new IllegalArgumentException("Unknown unit " + unit);
        };
    }

    /** {@code P1Y2M3DT4H5M6S}: the date part follows the calendar, the time part is exact. */
    private static ZonedDateTime isoDuration(String iso, ZonedDateTime start) {
        if (iso.length() < 3) {
            throw new IllegalArgumentException("Not an ISO 8601 duration: " + iso);
        }
        int t = iso.indexOf('T');
        String datePart = t < 0 ? iso : iso.substring(0, t);
        ZonedDateTime result = start;
        if (datePart.length() > 1) {
            result = result.plus(Period.parse(datePart));
        }
        if (t >= 0) {
            result = result.plus(Duration.parse("P" + iso.substring(t)));
        }
        return result;
    }
}

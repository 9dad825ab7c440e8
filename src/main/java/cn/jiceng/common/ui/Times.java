package cn.jiceng.common.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * Dates and times as the UI shows them: always in Beijing time (Asia/Shanghai), whatever the time
 * zone of the JVM (production JVMs often run in UTC). {@code format} gives "yyyy-MM-dd HH:mm",
 * {@code formatDate} "yyyy-MM-dd"; null gives "".
 */
public final class Times {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZONE);

    private Times() {
    }

    public static String format(Date date) {
        return date == null ? "" : DATE_TIME.format(date.toInstant());
    }

    public static String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public static String format(OffsetDateTime time) {
        return time == null ? "" : DATE_TIME.format(time.toInstant());
    }

    public static String format(ZonedDateTime time) {
        return time == null ? "" : DATE_TIME.format(time.toInstant());
    }

    /** A local date-time that was stored as UTC (e.g. a database timestamp read without a zone). */
    public static String formatUtc(LocalDateTime utc) {
        return utc == null ? "" : DATE_TIME.format(utc.toInstant(ZoneOffset.UTC));
    }

    public static String formatDate(Date date) {
        return date == null ? "" : DATE.format(date.toInstant());
    }

    public static String formatDate(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public static String formatDate(OffsetDateTime time) {
        return time == null ? "" : DATE.format(time.toInstant());
    }

    /** A calendar date has no zone: shown as it is. */
    public static String formatDate(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Today in Beijing. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** A date-time picked in the UI (Beijing wall time) as an instant; null stays null. */
    public static Instant instant(LocalDateTime beijing) {
        return beijing == null ? null : beijing.atZone(ZONE).toInstant();
    }

    /** An instant as the Beijing wall time a picker shows; null stays null. */
    public static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
    }
}

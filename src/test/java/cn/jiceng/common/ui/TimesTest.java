package cn.jiceng.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Times are shown in Beijing time even on a JVM that runs in UTC. */
class TimesTest {

    private TimeZone saved;

    @BeforeEach
    void runInUtc() {
        saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(saved);
    }

    // 23:59 in Beijing on 9 December is 15:59 UTC
    private static final Instant DEADLINE = Instant.parse("2026-12-09T15:59:00Z");

    @Test
    void formatsEveryKindOfTimeInBeijing() {
        assertThat(Times.format(DEADLINE)).isEqualTo("2026-12-09 23:59");
        assertThat(Times.format(Date.from(DEADLINE))).isEqualTo("2026-12-09 23:59");
        assertThat(Times.format(DEADLINE.atOffset(ZoneOffset.UTC))).isEqualTo("2026-12-09 23:59");
        assertThat(Times.format(OffsetDateTime.parse("2026-12-09T23:59:00+08:00"))).isEqualTo("2026-12-09 23:59");
        assertThat(Times.formatUtc(LocalDateTime.of(2026, 12, 9, 15, 59))).isEqualTo("2026-12-09 23:59");
    }

    @Test
    void theDateIsBeijingsDate() {
        // 17:00 UTC on 9 December is already 10 December in Beijing
        Instant evening = Instant.parse("2026-12-09T17:00:00Z");
        assertThat(Times.formatDate(evening)).isEqualTo("2026-12-10");
        assertThat(Times.formatDate(Date.from(evening))).isEqualTo("2026-12-10");
        assertThat(Times.formatDate(LocalDate.of(2026, 1, 2))).isEqualTo("2026-01-02");
    }

    @Test
    void nullIsEmpty() {
        assertThat(Times.format((Date) null)).isEmpty();
        assertThat(Times.format((Instant) null)).isEmpty();
        assertThat(Times.format((OffsetDateTime) null)).isEmpty();
        assertThat(Times.formatDate((LocalDate) null)).isEmpty();
    }

    @Test
    void pickerValuesAreBeijingWallTime() {
        assertThat(Times.instant(LocalDateTime.of(2026, 12, 9, 23, 59))).isEqualTo(DEADLINE);
        assertThat(Times.local(DEADLINE)).isEqualTo(LocalDateTime.of(2026, 12, 9, 23, 59));
        assertThat(Times.instant(null)).isNull();
    }
}

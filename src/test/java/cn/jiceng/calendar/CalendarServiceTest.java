package cn.jiceng.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.jiceng.calendar.domain.DayKind;
import cn.jiceng.calendar.process.WorkingDays;
import cn.jiceng.calendar.service.CalendarAdminService;
import cn.jiceng.calendar.service.WorkingDayCalendar;
import cn.jiceng.common.importing.ImportError;
import cn.jiceng.common.importing.ImportRejectedException;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@JicengSpringBootTest
class CalendarServiceTest {

    @Autowired
    CalendarAdminService admin;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    WorkingDays workingDays;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shippedSchedulesAreLoadedAtStartUp() {
        assertThat(admin.isKnown(2025)).isTrue();
        assertThat(admin.isKnown(2026)).isTrue();
        assertThat(admin.daysOf(2026)).hasSize(39);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.uncoveredYears(LocalDate.of(2026, 12, 1), LocalDate.of(2028, 1, 5))).containsExactly(2027, 2028);
    }

    @Test
    void badScheduleFileIsRejectedWithRowNumbersAndChangesNothing() {
        String csv = "日期,类型,名称\n"
                + "2026-13-01,放假,元旦\n"     // row 2: no such date
                + "2026-01-05,调休上班,元旦\n" // row 3: a Monday cannot be an adjusted working day
                + "2025-10-01,放假,国庆节\n"   // row 4: wrong year
                + "2026-01-01,休假吧,元旦\n";   // row 5: unknown kind
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> admin.importYear(2026, csv.getBytes(StandardCharsets.UTF_8), "test"));
        assertThat(e.getErrors()).extracting(ImportError::rowNumber, ImportError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "calendar.import.badDate"),
                org.assertj.core.groups.Tuple.tuple(3, "calendar.import.workdayNotWeekend"),
                org.assertj.core.groups.Tuple.tuple(4, "calendar.import.wrongYear"),
                org.assertj.core.groups.Tuple.tuple(5, "calendar.import.badKind"));
        assertThat(admin.daysOf(2026)).hasSize(39);
    }

    @Test
    void importingTheNextYearMakesItKnownAndChangesItsDeadlines() {
        LocalDate nationalDay = LocalDate.of(2030, 10, 1); // a Tuesday
        assertThat(calendar.isWorkingDay(nationalDay)).isTrue();
        String csv = "日期,类型,名称\n2030-10-01,放假,国庆节\n2030-10-02,放假,国庆节\n2030-09-29,调休上班,国庆节\n";
        assertThat(admin.importYear(2030, csv.getBytes(StandardCharsets.UTF_8), "test")).isEqualTo(3);
        assertThat(admin.isKnown(2030)).isTrue();
        assertThat(calendar.isWorkingDay(nationalDay)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 9, 29))).isTrue();
        admin.putDay(LocalDate.of(2030, 10, 3), DayKind.HOLIDAY, "国庆节", "test");
        assertThat(calendar.addWorkingDays(LocalDate.of(2030, 9, 30), 1)).isEqualTo(LocalDate.of(2030, 10, 4));
    }

    @Test
    void bpmnDeadlinesFollowTheEngineClockInWorkingDays() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-09-30T15:00:00+08:00").toInstant()));
        // next working day after Sep 30 is Oct 8 (Oct 1-7 off)
        assertThat(workingDays.dueIn(1)).isEqualTo("2026-10-08T23:59:59+08:00");
        assertThat(workingDays.periodEnd(2)).isEqualTo("2026-10-08T23:59:59+08:00");
        assertThat(calendar.deadline(ZonedDateTime.parse("2026-09-30T15:00:00+08:00"), 3).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 10, 10));
    }
}

package cn.jiceng.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiceng.calendar.service.WorkingDayCalculator;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working days against the State Council schedules of 2025 and 2026 shipped with the app. */
class WorkingDayCalculatorTest {

    private final WorkingDayCalculator calc = new WorkingDayCalculator(new ShippedCalendarData());

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2025-01-01, false", // 元旦, Wednesday
            "2025-01-26, true",  // Sunday worked before 春节
            "2025-02-04, false", // last day of 春节
            "2025-02-08, true",  // Saturday worked after 春节
            "2025-04-27, true",  // Sunday worked before 劳动节
            "2025-05-05, false",
            "2025-09-28, true",  // Sunday worked before 国庆
            "2025-10-08, false",
            "2025-10-11, true",  // Saturday worked after 国庆
            "2026-01-02, false",
            "2026-01-04, true",  // Sunday worked after 元旦
            "2026-02-14, true",
            "2026-02-23, false", // Monday, last day of 春节
            "2026-02-28, true",
            "2026-05-09, true",
            "2026-06-19, false", // 端午, Friday
            "2026-09-20, true",
            "2026-09-25, false", // 中秋, Friday
            "2026-10-10, true",
            "2026-11-23, true",  // an ordinary Monday
            "2026-11-28, false"  // an ordinary Saturday
    })
    void knowsHolidaysAndAdjustedWorkingDays(LocalDate date, boolean working) {
        assertThat(calc.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void periodStartingOnAHolidayBeginsOnTheFirstWorkingDayAfterIt() {
        // 2026-10-01..07 off; Oct 8 (Thu), 9 (Fri), 10 (Sat, 调休), 12 (Mon), 13 (Tue)
        assertThat(calc.periodEnd(d("2026-10-01"), 5)).isEqualTo(d("2026-10-13"));
        assertThat(calc.firstWorkingDayOnOrAfter(d("2026-10-01"))).isEqualTo(d("2026-10-08"));
    }

    @Test
    void periodSpanningTheSpringFestivalCountsTheWorkedSaturdays() {
        // Feb 9-13 (5), Sat Feb 14 worked (6), Feb 15-23 off, Tue Feb 24 (7)
        assertThat(calc.periodEnd(d("2026-02-09"), 7)).isEqualTo(d("2026-02-24"));
        // 2025: Thu Jan 23, Fri 24, Sun 26 worked, Mon 27, then 28 Jan - 4 Feb off, Wed Feb 5
        assertThat(calc.periodEnd(d("2025-01-23"), 5)).isEqualTo(d("2025-02-05"));
    }

    @Test
    void periodCrossingTheYearBoundaryUsesBothYears() {
        // Dec 29, 30, 31 (3), Jan 1-3 off, Sun Jan 4 worked (4), Mon Jan 5 (5)
        assertThat(calc.periodEnd(d("2025-12-29"), 5)).isEqualTo(d("2026-01-05"));
        assertThat(calc.uncoveredYears()).isEmpty();
    }

    @Test
    void periodStartingOnAWorkingDayCountsThatDay() {
        assertThat(calc.periodEnd(d("2026-11-23"), 7)).isEqualTo(d("2026-12-01"));
        assertThat(calc.periodEnd(d("2026-11-23"), 1)).isEqualTo(d("2026-11-23"));
        // published on a Saturday: the period starts on Monday
        assertThat(calc.periodEnd(d("2026-11-28"), 5)).isEqualTo(d("2026-12-04"));
    }

    @Test
    void addingWorkingDaysSkipsHolidaysAndDoesNotCountTheStartDay() {
        assertThat(calc.addWorkingDays(d("2026-09-30"), 1)).isEqualTo(d("2026-10-08"));
        assertThat(calc.addWorkingDays(d("2026-09-30"), 0)).isEqualTo(d("2026-09-30"));
        assertThat(calc.addWorkingDays(d("2025-04-30"), 1)).isEqualTo(d("2025-05-06"));
        assertThatThrownBy(() -> calc.addWorkingDays(d("2026-01-01"), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsWorkingDaysBetweenTwoDates() {
        // 2025-10-01..08 off; Oct 9, 10, Sat 11 worked
        assertThat(calc.workingDaysBetween(d("2025-10-01"), d("2025-10-12"))).isEqualTo(3);
        assertThat(calc.workingDaysBetween(d("2025-10-12"), d("2025-10-01"))).isEqualTo(-3);
        assertThat(calc.workingDaysBetween(d("2026-01-01"), d("2027-01-01"))).as("working days in 2026").isEqualTo(248);
        assertThat(calc.workingDaysBetween(d("2025-01-01"), d("2026-01-01"))).as("working days in 2025").isEqualTo(248);
    }

    @Test
    void yearWithoutDataFallsBackToMondayToFridayAndSaysSo() {
        // 2024 has no schedule here: Dec 30 (Mon), Dec 31 (Tue) count; 2025-01-01 is a holiday; Jan 2
        assertThat(calc.periodEnd(d("2024-12-30"), 3)).isEqualTo(d("2025-01-02"));
        assertThat(calc.uncoveredYears()).containsExactly(2024);
        WorkingDayCalculator future = new WorkingDayCalculator(new ShippedCalendarData());
        assertThat(future.isWorkingDay(d("2027-10-01"))).as("National Day 2027 unknown: a Friday counts").isTrue();
        assertThat(future.uncoveredYears()).containsExactly(2027);
    }
}

package cn.jiceng.calendar.service;

import cn.jiceng.calendar.domain.DayKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working-day arithmetic on the Chinese calendar: Monday–Friday, minus public holidays, plus the
 * adjusted working days (调休) on weekends. A year without data counts Monday–Friday and is
 * remembered in {@link #uncoveredYears()} so that callers can warn. One instance serves one
 * computation (it memoises the years it read); it is not shared.
 */
public final class WorkingDayCalculator {

    /** No deadline in this system is anywhere near ten years of working days. */
    private static final int MAX_DAYS = 3660;

    private final CalendarData data;
    private final Map<Integer, Map<LocalDate, DayKind>> years = new HashMap<>();
    private final Set<Integer> uncovered = new TreeSet<>();

    public WorkingDayCalculator(CalendarData data) {
        this.data = data;
    }

    private Map<LocalDate, DayKind> exceptions(int year) {
        return years.computeIfAbsent(year, y -> {
            Optional<Map<LocalDate, DayKind>> known = data.year(y);
            if (known.isEmpty()) {
                uncovered.add(y);
            }
            return known.orElse(Map.of());
        });
    }

    public boolean isWorkingDay(LocalDate date) {
        DayKind exception = exceptions(date.getYear()).get(date);
        if (exception != null) {
            return exception == DayKind.WORKDAY;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The n-th working day after {@code from} ({@code from} itself not counted); {@code from} for n = 0. */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        requireRange(n);
        LocalDate day = from;
        int counted = 0;
        for (int i = 0; counted < n; i++) {
            guard(i);
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The last day of a period of n working days that begins on {@code start}: {@code start} counts
     * if it is a working day, otherwise the period begins on the next working day.
     */
    public LocalDate periodEnd(LocalDate start, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a period has at least one working day: " + n);
        }
        LocalDate first = firstWorkingDayOnOrAfter(start);
        return addWorkingDays(first, n - 1);
    }

    public LocalDate firstWorkingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        for (int i = 0; !isWorkingDay(day); i++) {
            guard(i);
            day = day.plusDays(1);
        }
        return day;
    }

    /** Working days in [from, to): from inclusive, to exclusive; negative if to is before from. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        int i = 0;
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            guard(i++);
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The years this calculator consulted that have no holiday data (counted Monday–Friday). */
    public Set<Integer> uncoveredYears() {
        return Set.copyOf(uncovered);
    }

    private static void requireRange(int n) {
        if (n < 0 || n > 1000) {
            throw new IllegalArgumentException("working days must be between 0 and 1000: " + n);
        }
    }

    private static void guard(int i) {
        if (i > MAX_DAYS) {
            throw new IllegalStateException("no working day within " + MAX_DAYS + " days: calendar data is wrong");
        }
    }
}

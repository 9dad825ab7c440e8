package cn.jiceng.calendar.service;

import cn.jiceng.calendar.domain.CalendarDay;
import cn.jiceng.calendar.domain.CalendarDayRepository;
import cn.jiceng.calendar.domain.CalendarYearRepository;
import cn.jiceng.calendar.domain.DayKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working-day calendar of the application, read from the database on every call (no cache:
 * an administrator's change on one node holds at once on every node). Years without data count
 * Monday–Friday; every such use is logged as a warning and reported by {@link #uncoveredYears}.
 */
@Service
@Transactional(readOnly = true)
public class WorkingDayCalendar {

    /** Deadlines are counted on Beijing time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

    private final CalendarDayRepository days;
    private final CalendarYearRepository years;

    public WorkingDayCalendar(CalendarDayRepository days, CalendarYearRepository years) {
        this.days = days;
        this.years = years;
    }

    /** The data source over the database, for a calculator. */
    public CalendarData data() {
        return year -> {
            if (!years.existsById(year)) {
                return Optional.empty();
            }
            Map<LocalDate, DayKind> map = days.findByDateBetweenOrderByDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                    .stream().collect(Collectors.toMap(CalendarDay::getDate, CalendarDay::getKind));
            return Optional.of(map);
        };
    }

    private <T> T compute(java.util.function.Function<WorkingDayCalculator, T> f) {
        WorkingDayCalculator calc = new WorkingDayCalculator(data());
        T result = f.apply(calc);
        if (!calc.uncoveredYears().isEmpty()) {
            log.warn("Working days counted Monday–Friday for {}: no holiday schedule imported (Admin → 工作日历)",
                    calc.uncoveredYears());
        }
        return result;
    }

    public boolean isWorkingDay(LocalDate date) {
        return compute(c -> c.isWorkingDay(date));
    }

    public LocalDate addWorkingDays(LocalDate from, int n) {
        return compute(c -> c.addWorkingDays(from, n));
    }

    public LocalDate periodEnd(LocalDate start, int n) {
        return compute(c -> c.periodEnd(start, n));
    }

    public LocalDate firstWorkingDayOnOrAfter(LocalDate date) {
        return compute(c -> c.firstWorkingDayOnOrAfter(date));
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return compute(c -> c.workingDaysBetween(from, to));
    }

    /** A deadline n working days after the given moment: the end (23:59:59) of the n-th working day after it. */
    public ZonedDateTime deadline(ZonedDateTime from, int n) {
        LocalDate day = addWorkingDays(from.withZoneSameInstant(ZONE).toLocalDate(), n);
        return endOfDay(day);
    }

    /** The last second of a day on Beijing time: deadlines read "by 2026-11-26 23:59", not "2026-11-27 00:00". */
    public static ZonedDateTime endOfDay(LocalDate day) {
        return ZonedDateTime.of(day, LocalTime.of(23, 59, 59), ZONE);
    }

    /** The years between the two dates (inclusive) that have no holiday schedule. */
    public Set<Integer> uncoveredYears(LocalDate from, LocalDate to) {
        Set<Integer> missing = new TreeSet<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!years.existsById(y)) {
                missing.add(y);
            }
        }
        return missing;
    }
}

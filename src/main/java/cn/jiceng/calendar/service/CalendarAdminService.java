package cn.jiceng.calendar.service;

import cn.jiceng.calendar.domain.CalendarDay;
import cn.jiceng.calendar.domain.CalendarDayRepository;
import cn.jiceng.calendar.domain.CalendarYear;
import cn.jiceng.calendar.domain.CalendarYearRepository;
import cn.jiceng.calendar.domain.DayKind;
import cn.jiceng.common.importing.ImportError;
import cn.jiceng.common.importing.ImportRejectedException;
import cn.jiceng.common.importing.TabularFileReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Maintains the holiday schedules: import of a year (replacing it), single days, listing. */
@Service
@Transactional
public class CalendarAdminService {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    private final CalendarDayRepository days;
    private final CalendarYearRepository years;
    private final CalendarFileParser parser;

    public CalendarAdminService(CalendarDayRepository days, CalendarYearRepository years, TabularFileReader reader) {
        this.days = days;
        this.years = years;
        this.parser = new CalendarFileParser(reader);
    }

    /** Replaces a year's schedule with the file's; nothing changes if any row is wrong. */
    public int importYear(int year, byte[] content, String source) {
        checkYear(year);
        List<CalendarFileParser.ParsedDay> parsed = parser.parse(content, year);
        days.deleteBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        days.flush();
        parsed.forEach(d -> days.save(new CalendarDay(d.date(), d.kind(), d.name())));
        years.findById(year).ifPresentOrElse(y -> y.update(source, Instant.now()),
                () -> years.save(new CalendarYear(year, source, Instant.now())));
        return parsed.size();
    }

    /** Adds or replaces one day; the year counts as known from then on. */
    public void putDay(LocalDate date, DayKind kind, String name, String source) {
        checkYear(date.getYear());
        if (name == null || name.isBlank() || name.length() > 40) {
            throw new ImportRejectedException(List.of(new ImportError(0, "calendar.import.badName", date.toString())));
        }
        if (kind == DayKind.WORKDAY && date.getDayOfWeek().getValue() < 6) {
            throw new ImportRejectedException(List.of(new ImportError(0, "calendar.import.workdayNotWeekend", date.toString())));
        }
        days.save(new CalendarDay(date, kind, name.trim()));
        years.findById(date.getYear()).ifPresentOrElse(y -> y.update(source, Instant.now()),
                () -> years.save(new CalendarYear(date.getYear(), source, Instant.now())));
    }

    public void removeDay(LocalDate date) {
        days.deleteById(date);
    }

    @Transactional(readOnly = true)
    public List<CalendarDay> daysOf(int year) {
        return days.findByDateBetweenOrderByDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Transactional(readOnly = true)
    public List<CalendarYear> knownYears() {
        return years.findAllByOrderByYearDesc();
    }

    @Transactional(readOnly = true)
    public boolean isKnown(int year) {
        return years.existsById(year);
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new ImportRejectedException(List.of(new ImportError(0, "calendar.import.badYear", year)));
        }
    }
}

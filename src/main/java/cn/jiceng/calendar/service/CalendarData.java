package cn.jiceng.calendar.service;

import cn.jiceng.calendar.domain.DayKind;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Where the holiday schedule comes from: the database in the app, the shipped files in tests. */
@FunctionalInterface
public interface CalendarData {

    /** The exceptions to Monday–Friday of a year, or empty if the year's schedule is unknown. */
    Optional<Map<LocalDate, DayKind>> year(int year);
}

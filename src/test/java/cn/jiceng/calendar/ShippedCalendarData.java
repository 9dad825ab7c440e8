package cn.jiceng.calendar;

import cn.jiceng.calendar.domain.DayKind;
import cn.jiceng.calendar.service.CalendarData;
import cn.jiceng.calendar.service.CalendarFileParser;
import cn.jiceng.common.importing.TabularFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The holiday schedules shipped in src/main/resources/calendar, without a database. */
public class ShippedCalendarData implements CalendarData {

    @Override
    public Optional<Map<LocalDate, DayKind>> year(int year) {
        try (InputStream in = getClass().getResourceAsStream("/calendar/cn-" + year + ".csv")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new CalendarFileParser(new TabularFileReader()).parse(in.readAllBytes(), year).stream()
                    .collect(Collectors.toMap(CalendarFileParser.ParsedDay::date, CalendarFileParser.ParsedDay::kind)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

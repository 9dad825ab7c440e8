package cn.jiceng.calendar.service;

import cn.jiceng.calendar.domain.DayKind;
import cn.jiceng.common.importing.ColumnSpec;
import cn.jiceng.common.importing.ImportError;
import cn.jiceng.common.importing.ImportRejectedException;
import cn.jiceng.common.importing.ImportText;
import cn.jiceng.common.importing.TabularFile;
import cn.jiceng.common.importing.TabularFileReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a year's holiday schedule from CSV or Excel: columns 日期 (a date cell, or a date as text in
 * the forms {@link ImportText#date} knows: 2026-01-01, 2026/1/1, 2026年1月1日, or an Excel serial), 类型 (放假 /
 * HOLIDAY or 调休上班 / WORKDAY) and 名称 (the holiday's name). Checks every row and rejects the
 * whole file on any problem.
 */
public final class CalendarFileParser {

    public static final List<ColumnSpec> COLUMNS = List.of(
            ColumnSpec.required("date", "日期"),
            ColumnSpec.required("kind", "类型"),
            ColumnSpec.required("name", "名称", "节日"));

    public record ParsedDay(LocalDate date, DayKind kind, String name) {
    }

    private final TabularFileReader reader;

    public CalendarFileParser(TabularFileReader reader) {
        this.reader = reader;
    }

    public List<ParsedDay> parse(byte[] content, int year) {
        TabularFile file = reader.read(content, COLUMNS);
        List<ImportError> errors = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        Map<LocalDate, ParsedDay> days = new LinkedHashMap<>();
        for (TabularFile.Row row : file.rows()) {
            if (row.isBlank()) {
                continue;
            }
            int n = row.rowNumber();
            LocalDate date = ImportText.date(row.get("date")).orElse(null);
            if (date == null) {
                errors.add(new ImportError(n, "calendar.import.badDate", row.get("date")));
                continue;
            }
            if (date.getYear() != year) {
                errors.add(new ImportError(n, "calendar.import.wrongYear", date.toString(), String.valueOf(year)));
                continue;
            }
            DayKind kind = parseKind(row.get("kind"));
            if (kind == null) {
                errors.add(new ImportError(n, "calendar.import.badKind", row.get("kind")));
                continue;
            }
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (kind == DayKind.WORKDAY && !weekend) {
                errors.add(new ImportError(n, "calendar.import.workdayNotWeekend", date.toString()));
                continue;
            }
            String name = row.get("name").trim();
            if (name.isEmpty() || name.length() > 40) {
                errors.add(new ImportError(n, "calendar.import.badName", date.toString()));
                continue;
            }
            Integer first = seen.putIfAbsent(date, n);
            if (first != null) {
                errors.add(new ImportError(n, "calendar.import.duplicateDate", date.toString(), first));
                continue;
            }
            days.put(date, new ParsedDay(date, kind, name));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        if (days.isEmpty()) {
            throw new ImportRejectedException(List.of(new ImportError(0, "import.error.emptyFile")));
        }
        return List.copyOf(days.values());
    }

    static DayKind parseKind(String text) {
        String t = text == null ? "" : text.trim();
        return switch (t.toUpperCase(Locale.ROOT)) {
            case "HOLIDAY", "放假", "休", "假" -> DayKind.HOLIDAY;
            case "WORKDAY", "调休上班", "上班", "班", "补班" -> DayKind.WORKDAY;
            default -> null;
        };
    }
}

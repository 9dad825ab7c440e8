package cn.jiceng.common.importing;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Chinese input methods and office software put into cells, made plain. Every cell that
 * {@link TabularFileReader} reads goes through {@link #cell}: full-width digits and Latin letters
 * (０-９, Ａ-Ｚ, ａ-ｚ) become ASCII, the ideographic space (U+3000), no-break and other wide spaces
 * become a plain space, invisible characters (zero-width space, BOM, word joiner) disappear, and
 * the text is trimmed. Chinese punctuation (，（）：) is left alone in cells, since names use it;
 * {@link #ascii} also folds full-width punctuation, for values that are codes, numbers or dates.
 */
public final class ImportText {

    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
            + "(?:[T\\s]+\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,6}(?:\\.0+)?");
    /** Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never was: serials from 61 on are off by one. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** Serials taken for dates: 1950-01-01 .. 2100-12-31 (a year like 2026 or a score is never one). */
    private static final int FIRST_SERIAL = 18264;
    private static final int LAST_SERIAL = 73415;

    private ImportText() {
    }

    /** The text of a cell as stored: full-width digits, letters and spaces folded, invisible characters removed, trimmed. */
    public static String cell(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
                sb.append((char) (c - 0xFEE0));
            } else if (isWideSpace(c)) {
                sb.append(' ');
            } else if (!isInvisible(c)) {
                sb.append(c);
            }
        }
        return sb.toString().strip();
    }

    /** {@link #cell} and also full-width punctuation folded to ASCII (．→. －→- ／→/ ：→: ＋→+ …): for codes, numbers, dates. */
    public static String ascii(String raw) {
        String s = cell(raw);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= '！' && c <= '～' ? (char) (c - 0xFEE0) : c);
        }
        return sb.toString();
    }

    /** Spaces a Chinese document may hold: ideographic, no-break, en/em and the other typographic spaces. */
    static boolean isWideSpace(char c) {
        return c == '\u3000' || c == '\u00A0' || c == '\u202F' || c >= '\u2000' && c <= '\u200A';
    }

    static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    /** A decimal number, full-width digits and point accepted; empty if the text is none. */
    public static Optional<BigDecimal> decimal(String raw) {
        String s = ascii(raw);
        if (!s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s));
    }

    /**
     * A date as offices type it or Excel stores it: 2026-01-01, 2026/1/1, 2026.1.1, 2026年1月1日,
     * 20260101, with or without a time after it, or an Excel serial number (46023 = 2026-01-01) as a
     * date cell that lost its format gives it. Empty if it is none of these or no real day.
     */
    public static Optional<LocalDate> date(String raw) {
        String s = ascii(raw);
        try {
            Matcher m = YMD.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            m = COMPACT.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            if (SERIAL.matcher(s).matches()) {
                int serial = (int) Double.parseDouble(s);
                if (serial >= FIRST_SERIAL && serial <= LAST_SERIAL) {
                    return Optional.of(EXCEL_EPOCH.plusDays(serial));
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}

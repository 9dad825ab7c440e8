package cn.jiceng.recruitment.domain;

import java.time.ZoneId;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The 18-digit resident identity card number (GB 11643-1999): 6-digit region code, 8-digit birth
 * date, 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character
 * (0-9 or X).
 * <p>Typed as Chinese input methods produce it, the number is {@link #normalise normalised} first:
 * full-width digits and Ｘ/ｘ become ASCII, every space (ASCII, ideographic U+3000, no-break) and
 * invisible character (zero-width space, BOM) is removed.
 * <p>The region code (GB/T 2260) must name a place: its first two digits one of the 34
 * province-level codes (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71 Taiwan, 81 Hong Kong, 82
 * Macao) and its prefecture part (digits 3–4) not 00, since a code ending in 0000 names a whole
 * province, never a place of household registration; the county part (digits 5–6) may be 00
 * (older numbers were issued under a city's code). The residence permits of Hong Kong, Macao and
 * Taiwan residents (港澳台居民居住证) carry exactly 810000, 820000 or 830000 and are accepted.
 * The table is of provinces only: a non-existent prefecture or county within a real province is not
 * caught (the full GB/T 2260 list changes every year).
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumber() {
    }

    /** Why the number is not valid (an i18n key), or empty if it is. */
    public static Optional<String> problem(String raw) {
        String id = normalise(raw);
        if (!id.matches("\\d{17}[\\dX]")) {
            return Optional.of("recruitment.error.idFormat");
        }
        if (!isRegion(id.substring(0, 6))) {
            return Optional.of("recruitment.error.idRegion");
        }
        if (birthDate(id).isEmpty()) {
            return Optional.of("recruitment.error.idBirthDate");
        }
        if (checkChar(id) != id.charAt(17)) {
            return Optional.of("recruitment.error.idCheckDigit");
        }
        return Optional.empty();
    }

    public static boolean isValid(String raw) {
        return problem(raw).isEmpty();
    }

    /** The 34 province-level codes of GB/T 2260 (first two digits of a region code). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");
    /** The region codes of the residence permits of Hong Kong, Macao and Taiwan residents. */
    private static final Set<String> RESIDENCE_PERMITS = Set.of("810000", "820000", "830000");

    /** True if the six digits can be the region code of an ID number (see the class comment). */
    public static boolean isRegion(String code) {
        if (code == null || !code.matches("\\d{6}")) {
            return false;
        }
        if (RESIDENCE_PERMITS.contains(code)) {
            return true;
        }
        return PROVINCES.contains(code.substring(0, 2)) && !code.startsWith("00", 2);
    }

    /**
     * Upper-case, full-width digits and letters folded to ASCII, without any space or invisible
     * character: the form stored.
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\uFEFF' && c != '\u2060') {
                sb.append(c);
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public static Optional<LocalDate> birthDate(String id) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            return date.getYear() < 1900 || date.isAfter(LocalDate.now(ZoneId.of("Asia/Shanghai"))) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException | NumberFormatException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** 220103********123X: region code and last four characters only. */
    public static String mask(String id) {
        String n = normalise(id);
        return n.length() < 10 ? "****" : n.substring(0, 6) + "********" + n.substring(n.length() - 4);
    }
}

package cn.jiceng.recruitment.domain;

import java.time.ZoneId;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The 18-digit resident identity card number (GB 11643-1999): 6-digit region code, 8-digit birth
 * date, 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character
 * (0-9 or X).
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

    /** Upper-case, without spaces: the form stored. */
    public static String normalise(String raw) {
        return raw == null ? "" : raw.replace(" ", "").trim().toUpperCase();
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

package cn.jiceng.security.service;

import java.util.Locale;
import java.util.Set;

/**
 * The password rules of staff accounts (every role but applicants), checked on the server for a new
 * staff account, a change and an administrator's reset: at least {@value #MIN_LENGTH} characters,
 * at least three of the four classes (lower case, upper case, digit, other), not containing the user
 * name, and none of the well-known passwords (the public demo password above all: the demo accounts
 * keep it, no new account gets it). Each broken rule has its own message key.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    /** Passwords published in the README, the Camunda defaults and the most guessed ones, compared case-insensitively. */
    private static final Set<String> KNOWN = Set.of("jiceng@2026", "jiceng2026", "jiceng@123", "password123!",
            "password@123", "admin@12345", "admin123456", "qwerty@1234", "1qaz@wsx3edc", "p@ssw0rd123", "abc@123456",
            "demo", "camunda");

    private PasswordPolicy() {
    }

    /** Throws {@link InvalidUserException} naming the first rule {@code password} breaks for a staff account. */
    public static void checkStaff(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidUserException("user.error.passwordPolicyLength");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidUserException("user.error.passwordPolicyTooLong");
        }
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && password.toLowerCase(Locale.ROOT).contains(name)) {
            throw new InvalidUserException("user.error.passwordIsUsername");
        }
        if (classes(password) < 3) {
            throw new InvalidUserException("user.error.passwordPolicyClasses");
        }
        if (KNOWN.contains(password.toLowerCase(Locale.ROOT))) {
            throw new InvalidUserException("user.error.passwordPolicyKnown");
        }
    }

    static int classes(String password) {
        boolean lower = false, upper = false, digit = false, other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}

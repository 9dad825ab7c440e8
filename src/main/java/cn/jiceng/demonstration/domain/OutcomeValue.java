package cn.jiceng.demonstration.domain;

import java.util.List;

/**
 * An outcome as selectors and quotas see it: its code (a level or title code, {@code FLAGS_n},
 * {@code NONE}, {@code DISQUALIFIED}), its flag count, whether the unit is weak, and the nomination's
 * attributes.
 */
public record OutcomeValue(String code, int flags, boolean weak, List<String> attributes) {

    public static final String NONE = "NONE";
    public static final String DISQUALIFIED = "DISQUALIFIED";
    public static final String FLAGS_PREFIX = "FLAGS_";

    public static String flagsCode(int n) {
        return n <= 0 ? NONE : FLAGS_PREFIX + n;
    }

    /** Parses an outcome code; FLAGS_n carries its count. */
    public static OutcomeValue of(String code, boolean weak, List<String> attributes) {
        int flags = 0;
        if (code != null && code.startsWith(FLAGS_PREFIX)) {
            try {
                flags = Integer.parseInt(code.substring(FLAGS_PREFIX.length()));
            } catch (NumberFormatException e) {
                flags = 0;
            }
        }
        return new OutcomeValue(code, flags, weak, attributes == null ? List.of() : attributes);
    }

    /** An outcome that is a title, level or at least one flag. */
    public boolean awarded() {
        return code != null && !NONE.equals(code) && !DISQUALIFIED.equals(code);
    }

    /** Whether the selector picks this outcome; an empty selector picks every awarded outcome. */
    public boolean matches(ProgramDefinition.Selector s) {
        if (s == null) {
            return awarded();
        }
        boolean any = false;
        if (s.weak() != null) {
            any = true;
            if (s.weak() != weak) {
                return false;
            }
        }
        if (s.attribute() != null) {
            any = true;
            if (!attributes.contains(s.attribute())) {
                return false;
            }
        }
        if (s.minFlags() != null) {
            any = true;
            if (flags < s.minFlags()) {
                return false;
            }
        }
        if (s.flags() != null) {
            any = true;
            if (flags != s.flags()) {
                return false;
            }
        }
        if (s.outcomes() != null && !s.outcomes().isEmpty()) {
            any = true;
            if (!s.outcomes().contains(code)) {
                return false;
            }
        }
        // a selector on attributes or weakness alone still means "awarded" unless it names weak units
        return any ? (Boolean.TRUE.equals(s.weak()) || s.outcomes() != null && !s.outcomes().isEmpty() || awarded()) : awarded();
    }
}

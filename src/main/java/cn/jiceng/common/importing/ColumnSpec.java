package cn.jiceng.common.importing;

import java.util.List;
import java.util.Locale;

/**
 * A column an import expects: its canonical name and the header texts users write for it
 * (English and the conventional Chinese headers, e.g. "招聘单位").
 */
public record ColumnSpec(String name, boolean required, List<String> aliases) {

    public static ColumnSpec required(String name, String... aliases) {
        return new ColumnSpec(name, true, List.of(aliases));
    }

    public static ColumnSpec optional(String name, String... aliases) {
        return new ColumnSpec(name, false, List.of(aliases));
    }

    boolean matches(String header) {
        String h = normalise(header);
        if (h.equals(normalise(name))) {
            return true;
        }
        return aliases.stream().anyMatch(a -> normalise(a).equals(h));
    }

    private static String normalise(String s) {
        return s == null ? "" : s.replace("\uFEFF", "").replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
    }
}

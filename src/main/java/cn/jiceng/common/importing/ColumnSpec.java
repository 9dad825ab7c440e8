package cn.jiceng.common.importing;

import java.util.List;
import java.util.Locale;

/**
 * A column an import expects: its canonical name and the header texts users write for it
 * (English and the conventional Chinese headers, e.g. "招聘单位"). A column that is
 * {@link #ignored} is known but not read (序号, or the 岗位代码 of a score sheet): the reader
 * refuses a file with a column it does not know, so that a renamed column is not silently lost.
 * Headers match ignoring spaces (full-width too), underscores, hyphens, the asterisk that marks
 * required columns in templates, and a trailing hint in brackets ("成绩（分）", "日期(yyyy-MM-dd)").
 */
public record ColumnSpec(String name, boolean required, boolean ignored, List<String> aliases) {

    public ColumnSpec(String name, boolean required, List<String> aliases) {
        this(name, required, false, aliases);
    }

    public static ColumnSpec required(String name, String... aliases) {
        return new ColumnSpec(name, true, false, List.of(aliases));
    }

    public static ColumnSpec optional(String name, String... aliases) {
        return new ColumnSpec(name, false, false, List.of(aliases));
    }

    /** A column the file may have and the import does not read. */
    public static ColumnSpec ignored(String name, String... aliases) {
        return new ColumnSpec(name, false, true, List.of(aliases));
    }

    /** Columns every import accepts and ignores: the row number offices put first. */
    public static final List<ColumnSpec> ALWAYS_IGNORED = List.of(ignored("serialNo", "序号", "No.", "No", "#"));

    /** The header to name the column by in messages: its first Chinese alias, else its name. */
    public String label() {
        return aliases.isEmpty() ? name : aliases.get(0);
    }

    boolean matches(String header) {
        String h = normalise(header);
        if (h.isEmpty()) {
            return false;
        }
        if (h.equals(normalise(name))) {
            return true;
        }
        return aliases.stream().anyMatch(a -> normalise(a).equals(h));
    }

    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String t = ImportText.ascii(s).replaceAll("[\\s_\\-*]", "");
        t = t.replaceAll("^(.+?)[(（\\[【][^)）\\]】]*[)）\\]】]$", "$1");
        return t.toLowerCase(Locale.ROOT);
    }
}

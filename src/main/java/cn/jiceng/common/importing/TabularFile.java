package cn.jiceng.common.importing;

import java.util.List;
import java.util.Map;

/**
 * A table read from a CSV or Excel file: its header and its data rows. Each row maps the canonical
 * column name to the trimmed cell text ("" for an empty cell) and remembers its 1-based row number
 * as a spreadsheet shows it (the header is row 1).
 */
public record TabularFile(List<String> header, List<Row> rows) {

    public record Row(int rowNumber, Map<String, String> cells) {
        public String get(String column) {
            return cells.getOrDefault(column, "");
        }

        public boolean isBlank() {
            return cells.values().stream().allMatch(String::isBlank);
        }
    }
}

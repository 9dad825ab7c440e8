package cn.jiceng.common.spreadsheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Text from users written into exported spreadsheets so that it never runs as a formula (CSV /
 * formula injection): every export writes text through {@link #set}, which makes a string cell
 * (never {@code setCellFormula}) and gives text that a spreadsheet could take for a formula —
 * starting with {@code = + - @}, their full-width forms, a tab or a carriage return — the
 * quote-prefix style ({@code '}), so that Excel and WPS show it as typed and do not evaluate it
 * even when the cell is edited. {@link #csv} does the same for CSV files, where the only way is a
 * leading apostrophe.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r＝＋－＠";

    private SpreadsheetText() {
    }

    public static boolean isFormulaLike(String s) {
        return s != null && !s.isEmpty() && FORMULA_STARTS.indexOf(s.charAt(0)) >= 0;
    }

    /** The style for text that looks like a formula: create it once per workbook. */
    public static CellStyle textStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setQuotePrefixed(true);
        return style;
    }

    /** Writes text as a string cell; formula-like text gets {@code textStyle} (from {@link #textStyle}). */
    public static void set(Cell cell, String value, CellStyle textStyle) {
        if (value == null) {
            return;
        }
        cell.setCellValue(value);
        if (isFormulaLike(value)) {
            cell.setCellStyle(textStyle);
        }
    }

    /** A value for a CSV file: formula-like text gets a leading apostrophe. */
    public static String csv(String value) {
        return isFormulaLike(value) ? "'" + value : value == null ? "" : value;
    }
}

package cn.jiceng.common.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One dashboard table as an Excel workbook: a header row and the rows as shown. Numbers are number
 * cells; every other value is a text cell, and text that a spreadsheet could take for a formula
 * (starting with = + - @, tab or CR) carries the quote prefix, so it is never evaluated
 * ({@link SpreadsheetText}, shared by every export).
 */
public final class TableWorkbook {

    private TableWorkbook() {
    }

    public static byte[] write(String sheetName, List<String> header, List<List<Object>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(safeSheetName(sheetName));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = SpreadsheetText.textStyle(wb);
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                Cell cell = head.createCell(i);
                setText(cell, header.get(i), text);
                if (!isFormulaLike(header.get(i))) {
                    cell.setCellStyle(bold);
                }
            }
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (v instanceof Number number && !(v instanceof BigDecimal big && big.scale() > 6)) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        setText(cell, v.toString(), text);
                    }
                }
            }
            for (int i = 0; i < header.size(); i++) {
                sheet.setColumnWidth(i, 18 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isFormulaLike(String s) {
        return SpreadsheetText.isFormulaLike(s);
    }

    private static void setText(Cell cell, String value, CellStyle text) {
        SpreadsheetText.set(cell, value, text);
    }

    private static String safeSheetName(String name) {
        String s = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return s.isBlank() ? "Sheet1" : s.length() > 31 ? s.substring(0, 31) : s;
    }
}

package cn.jiceng.common.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Exports never carry formulas from user input: the shared helper and the dashboard's table export. */
class SpreadsheetTextTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://127.0.0.1/?\"&A1,\"详情\")";

    @Test
    void formulaLikeTextIsRecognised() {
        for (String s : List.of(HYPERLINK, "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", "＝1+1")) {
            assertThat(SpreadsheetText.isFormulaLike(s)).as(s).isTrue();
        }
        for (String s : List.of("", "长春市", "1+1", " =1")) {
            assertThat(SpreadsheetText.isFormulaLike(s)).as(s).isFalse();
        }
        assertThat(SpreadsheetText.csv(HYPERLINK)).isEqualTo("'" + HYPERLINK);
        assertThat(SpreadsheetText.csv("长春市")).isEqualTo("长春市");
    }

    @Test
    void theDashboardTableExportWritesAHyperlinkFormulaAsAQuotePrefixedStringCell() throws IOException {
        byte[] xlsx = TableWorkbook.write("单位", List.of("单位", "数量"), List.of(List.of(HYPERLINK, 3), List.of("@cmd", 4),
                List.of("宽城区", 5)));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Cell cell = wb.getSheetAt(0).getRow(1).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(HYPERLINK);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(wb.getSheetAt(0).getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(wb.getSheetAt(0).getRow(3).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(wb.getSheetAt(0).getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }
}

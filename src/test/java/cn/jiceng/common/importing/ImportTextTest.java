package cn.jiceng.common.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The normalisation of cells and the sniffing of uploads, without the services. */
class ImportTextTest {

    @Test
    void fullWidthDigitsLettersAndSpacesAreFoldedAndChinesePunctuationKept() {
        assertThat(ImportText.cell("\u3000２２０１０３\u3000")).isEqualTo("220103");
        assertThat(ImportText.cell("ＢＰ０１")).isEqualTo("BP01");
        assertThat(ImportText.cell("\u200B长春新区（测试）\u00A0")).isEqualTo("长春新区（测试）");
        assertThat(ImportText.ascii("８５．５")).isEqualTo("85.5");
        assertThat(ImportText.decimal("８５．５")).hasValue(new BigDecimal("85.5"));
        assertThat(ImportText.decimal("缺考")).isEmpty();
        assertThat(ImportText.decimal("1e5")).as("no exponents").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2034-01-01, 2034-01-01", "2034/1/1, 2034-01-01", "2034.1.1, 2034-01-01", "2034年1月2日, 2034-01-02",
            "20340107, 2034-01-07", "48945, 2034-01-01", "48945.0, 2034-01-01", "２０３４－０１－０１, 2034-01-01",
            "2034-01-01T00:00, 2034-01-01", "2034-01-01 08:30:00, 2034-01-01"})
    void datesAsOfficesTypeThemOrExcelStoresThem(String text, LocalDate expected) {
        assertThat(ImportText.date(text)).hasValue(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"1月2日", "2034-02-30", "2034", "85", "13800138000", "明天", "''"})
    void notDates(String text) {
        assertThat(ImportText.date(text)).isEmpty();
    }

    @Test
    void contentTellsTheTypeNotTheName() {
        assertThat(FileType.of("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEqualTo(FileType.PDF);
        assertThat(FileType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).isEqualTo(FileType.JPEG);
        assertThat(FileType.of(new byte[] {'M', 'Z', (byte) 0x90, 0})).isEqualTo(FileType.EXECUTABLE);
        assertThat(FileType.of(new byte[] {0x7F, 'E', 'L', 'F', 2})).isEqualTo(FileType.EXECUTABLE);
        assertThat(FileType.of("  <SCRIPT>x</SCRIPT>".getBytes(StandardCharsets.US_ASCII))).isEqualTo(FileType.SCRIPT);
        assertThat(FileType.of("\uFEFF代码,名称\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileType.TEXT);
        assertThat(FileType.of("代码,名称\n".getBytes(java.nio.charset.Charset.forName("GBK")))).isEqualTo(FileType.TEXT);
        assertThat(FileType.of(new byte[] {'P', 'K', 3, 4})).isEqualTo(FileType.ZIP);
        assertThat(FileType.EXECUTABLE.isExecutable()).isTrue();
        assertThat(FileType.PDF.isExecutable()).isFalse();
    }

    @Test
    void headersMatchWithoutMarksSpacesOrHints() {
        ColumnSpec code = ColumnSpec.required("postCode", "岗位代码");
        assertThat(code.matches("*岗位代码")).isTrue();
        assertThat(code.matches("岗位代码（必填）")).isTrue();
        assertThat(code.matches("岗位\u3000代码")).isTrue();
        assertThat(code.matches("岗位编号")).isFalse();
    }

    @Test
    void aFileWithThousandsOfBadRowsListsTheFirstProblemsAndHowManyMore() {
        java.util.List<ImportError> errors = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            errors.add(new ImportError(i + 2, "exam.import.unknownNumber", "X" + i));
        }
        ImportRejectedException e = new ImportRejectedException(errors);
        assertThat(e.getErrors()).hasSize(ImportRejectedException.MAX_REPORTED);
        assertThat(e.getErrors().get(ImportRejectedException.MAX_REPORTED - 1).messageKey()).isEqualTo("import.error.more");
        assertThat(e.getErrors().get(ImportRejectedException.MAX_REPORTED - 1).args()).containsExactly(1000 - 199);
    }
}

package cn.jiceng.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.jiceng.common.importing.ImportError;
import cn.jiceng.common.importing.ImportRejectedException;
import cn.jiceng.organization.domain.OrgLevel;
import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.organization.service.OrgTreeImportResult;
import cn.jiceng.organization.service.OrgTreeImportService;
import cn.jiceng.organization.service.OrgUnitService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@JicengSpringBootTest
class OrgTreeImportServiceTest {

    private static final String HEADER = "代码,名称,层级,类型,上级代码\n";

    @Autowired
    OrgTreeImportService importService;
    @Autowired
    OrgUnitService units;

    private ImportRejectedException rejected(String csv) {
        long before = units.count();
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> importService.importFile(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(e).as("import must be rejected").isNotNull();
        assertThat(units.count()).as("tree unchanged").isEqualTo(before);
        return e;
    }

    @Test
    void duplicateCodeRejectsTheWholeFileAndNamesTheSecondRow() {
        var e = rejected(HEADER
                + "220112,双阳区,COUNTY,DISTRICT,220100\n"
                + "220112001,前进街道,STREET,STREET,220112\n"
                + "220112,双阳区重复,COUNTY,DISTRICT,220100\n");
        assertThat(e.getErrors()).extracting(ImportError::rowNumber, ImportError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "org.import.duplicateCode"));
        assertThat(e.getErrors().get(0).args()).containsExactly("220112", 2);
        assertThat(units.findByCode("220112")).isEmpty();
        assertThat(units.findByCode("220112001")).isEmpty();
    }

    @Test
    void missingParentIsRejectedWithTheRowAndTheParentCode() {
        var e = rejected(HEADER
                + "220105,二道区,COUNTY,DISTRICT,220100\n"
                + "220199001,无名街道,STREET,STREET,220199\n");
        assertThat(e.getErrors()).singleElement().satisfies(err -> {
            assertThat(err.rowNumber()).isEqualTo(3);
            assertThat(err.messageKey()).isEqualTo("org.import.missingParent");
            assertThat(err.args()).containsExactly("220199001", "220199");
        });
        assertThat(units.findByCode("220105")).isEmpty();
    }

    @Test
    void unitAtTheWrongLevelUnderItsParentIsRejected() {
        // a 12-digit community placed directly under a county (a street is missing in between)
        var e = rejected(HEADER + "220103999001,错层社区,COMMUNITY,COMMUNITY,220103\n");
        assertThat(e.getErrors()).singleElement().satisfies(err -> {
            assertThat(err.rowNumber()).isEqualTo(2);
            assertThat(err.messageKey()).isEqualTo("org.import.wrongLevel");
            assertThat(err.args()).containsExactly("220103999001", "COMMUNITY", "STREET");
        });
    }

    @Test
    void codeThatDoesNotFitTheNationalSchemeIsRejected() {
        var tooShort = rejected(HEADER + "2201030,短码街道,STREET,STREET,220103\n");
        assertThat(tooShort.getErrors()).extracting(ImportError::messageKey).containsExactly("org.import.badCodeForLevel");
        var notUnderParent = rejected(HEADER + "220102099,错位街道,STREET,STREET,220103\n");
        assertThat(notUnderParent.getErrors()).extracting(ImportError::messageKey)
                .containsExactly("org.import.codeNotUnderParent");
    }

    @Test
    void everyBadRowIsReportedAtOnce() {
        var e = rejected(HEADER
                + ",无代码,COUNTY,DISTRICT,220100\n"
                + "220106,,COUNTY,DISTRICT,220100\n"
                + "220107,未知层级,TOWNSHIP,,220100\n");
        assertThat(e.getErrors()).extracting(ImportError::rowNumber).containsExactly(2, 3, 4);
    }

    @Test
    void movingAnExistingUnitIsRejected() {
        var e = rejected(HEADER + "220103001,团山街道,STREET,STREET,220102\n");
        assertThat(e.getErrors()).extracting(ImportError::messageKey).contains("org.import.codeNotUnderParent");
        assertThat(units.getByCode("220103001").getParentCode()).isEqualTo("220103");
    }

    @Test
    void validCsvInGb18030WithChineseLevelNamesImportsAndComputesPaths() {
        String csv = HEADER
                + "220183,德惠市,县,COUNTY,220100\n"
                + "220183001,胜利街道,街道,,220183\n"
                + "220183001001,胜利社区,社区,,220183001\n"
                + "220183001201,胜利村,社区,VILLAGE,220183001\n";
        OrgTreeImportResult result = importService.importFile(csv.getBytes(Charset.forName("GB18030")));
        assertThat(result.created()).isEqualTo(4);
        OrgUnit village = units.getByCode("220183001201");
        assertThat(village.getLevel()).isEqualTo(OrgLevel.COMMUNITY);
        assertThat(village.getPath()).isEqualTo("/220000/220100/220183/220183001/220183001201/");
        assertThat(units.subtree(units.getByCode("220100"))).extracting(OrgUnit::getCode).contains("220183001001");

        // importing the same file again changes nothing
        OrgTreeImportResult again = importService.importFile(csv.getBytes(Charset.forName("GB18030")));
        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(4);
    }

    @Test
    void excelFileWithTheSameColumnsImports() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("组织");
            List<List<Object>> rows = List.of(
                    List.of("代码", "名称", "层级", "类型", "上级代码"),
                    List.of(220284d, "磐石市", "COUNTY", "COUNTY", 220200d),
                    List.of("220284001", "东宁街道", "STREET", "", "220284"));
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }
        assertThat(importService.importFile(xlsx).created()).isEqualTo(2);
        assertThat(units.getByCode("220284001").getPath()).isEqualTo("/220000/220200/220284/220284001/");
    }

    @Test
    void fileWithoutTheRequiredColumnsIsRejectedAsAWhole() {
        var e = rejected("代码,名称\n220108,绿园区\n");
        assertThat(e.getErrors()).singleElement().satisfies(err -> {
            assertThat(err.rowNumber()).as("the header row").isEqualTo(1);
            assertThat(err.messageKey()).isEqualTo("import.error.missingColumns");
        });
    }
}

package cn.jiceng.demonstration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.demonstration.service.AwardEntry;
import cn.jiceng.demonstration.service.AwardList;
import cn.jiceng.demonstration.service.AwardListPdfService;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The award list's PDF: a readable Chinese list with the awarded and the weak units and the totals. */
class AwardListPdfServiceTest {

    @Test
    void theListPrintsTheUnitsTheirOutcomesAndTheSubsidiesInChinese() throws Exception {
        AwardList list = new AwardList(1, "140800-2026-1", "运城市2026年城市更新“五面红旗”示范社区创建", "运城市",
                Instant.parse("2026-11-30T02:00:00Z"),
                List.of(new AwardEntry("盐湖区", "140802001001", "槐东社区", "FLAGS_5", "5面红旗", 5, new BigDecimal("463.35"),
                        new BigDecimal("50000"), new BigDecimal("50000"), null, "五面红旗社区：县（市、区）委书记亲自授旗")),
                List.of(new AwardEntry("永济市", "140881001001", "舜都社区", "NONE", "薄弱", null, new BigDecimal("58"), null,
                        null, null, null)),
                new BigDecimal("50000"), new BigDecimal("50000"));
        byte[] pdf = new AwardListPdfService().render(list);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        // the extractor puts a space where the font changes (Helvetica for digits, the CJK font for the rest)
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", "");
        assertThat(text).contains("槐东社区", "5面红旗", "50,000", "舜都社区", "命名名单");
    }
}

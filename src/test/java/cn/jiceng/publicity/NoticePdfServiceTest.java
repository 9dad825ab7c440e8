package cn.jiceng.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.publicity.domain.NoticeStatus;
import cn.jiceng.publicity.domain.PublicityOutcome;
import cn.jiceng.publicity.service.NoticePdfService;
import cn.jiceng.publicity.service.PublicNotice;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The notice's PDF prints digits and Latin letters, not only the Chinese text: the embedded CJK font
 * has no Latin glyphs, so the notice number, dates, counts and the objection address must come out
 * in Helvetica (read back with OpenPDF's text extractor; PDFBox is not a dependency of the project).
 */
class NoticePdfServiceTest {

    @Test
    void theNoticePrintsItsNumberDatesWorkingDaysAndObjectionAddressWithTheirDigitsAndLetters() throws Exception {
        PublicNotice notice = new PublicNotice("GS-2026-0042", "运城市2026年“五面红旗”示范社区拟命名名单公示", "经评估组评分，拟命名以下社区。",
                "运城市创建办", "0359-2026888", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 27), 5, NoticeStatus.RUNNING,
                true, false, List.of(new PublicNotice.Entry(1L, 1, "槐东社区", "5面红旗，得分463.35", PublicityOutcome.NO_OBJECTION)));
        byte[] pdf = new NoticePdfService().render(notice, "https://jiceng.example.cn/gongshi");
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        // the extractor puts a space where the font changes (Helvetica for Latin, the CJK font for the rest)
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1).replaceAll("\\s+", "");
        assertThat(text).contains("GS-2026-0042", "2026年11月23日至2026年11月27日", "（5个工作日）", "槐东社区", "5面红旗，得分463.35",
                "https://jiceng.example.cn/gongshi", "0359-2026888", "2026年“五面红旗”");
    }
}

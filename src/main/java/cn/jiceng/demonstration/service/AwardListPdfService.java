package cn.jiceng.demonstration.service;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The announced award list of a program as a PDF (命名名单): title, office, date, the awarded units
 * per county with outcome, score, award and subsidies, the subsidy totals and the weak units named
 * for rectification. OpenPDF with the CJK font the notices embed (Droid Sans Fallback, Apache 2.0,
 * {@code src/main/resources/fonts/}), subset, so the file prints the same everywhere. That font has
 * no Latin glyphs (digits, amounts, codes would be blank), so every text is set with a font selector:
 * Helvetica (a standard PDF font, never embedded) for what it covers, the CJK font for the rest.
 */
@Service
public class AwardListPdfService {

    static final String FONT = "fonts/DroidSansFallbackFull.ttf";
    private static final DateTimeFormatter CN_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日")
            .withZone(java.time.ZoneId.of("Asia/Shanghai"));

    private final byte[] fontBytes;

    public AwardListPdfService() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + FONT);
            }
            this.fontBytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] render(AwardList list) {
        try {
            BaseFont base = BaseFont.createFont("DroidSansFallbackFull.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    false, fontBytes, null);
            Fonts title = new Fonts(base, 17, Font.BOLD);
            Fonts text = new Fonts(base, 10.5f, Font.NORMAL);
            Fonts head = new Fonts(base, 10, Font.BOLD);
            Fonts small = new Fonts(base, 9, Font.NORMAL);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4.rotate(), 40, 40, 40, 40);
            PdfWriter.getInstance(doc, out);
            doc.addTitle(list.programName());
            doc.addCreator("Jiceng");
            doc.open();
            Paragraph t = new Paragraph(title.of(list.programName() + "命名名单"));
            t.setAlignment(Element.ALIGN_CENTER);
            t.setSpacingAfter(6);
            doc.add(t);
            Paragraph meta = new Paragraph(small.of(list.officeUnitName()
                    + (list.announcedAt() == null ? "" : " · " + CN_DATE.format(list.announcedAt()) + "公布")));
            meta.setAlignment(Element.ALIGN_CENTER);
            meta.setSpacingAfter(12);
            doc.add(meta);
            doc.add(table(list.awarded(), head, text, true));
            Paragraph totals = new Paragraph(text.of("市级奖补合计：" + yuan(list.citySubsidyTotal()) + "元；县级奖补（下限）合计："
                    + yuan(list.countySubsidyMinTotal()) + "元。"));
            totals.setSpacingBefore(8);
            doc.add(totals);
            if (!list.weak().isEmpty()) {
                Paragraph w = new Paragraph(head.of("薄弱单位（限期整改）"));
                w.setSpacingBefore(14);
                w.setSpacingAfter(6);
                doc.add(w);
                doc.add(table(list.weak(), head, text, false));
            }
            Paragraph foot = new Paragraph(small.of("本名单由基层治理平台根据领导小组决定生成。"));
            foot.setSpacingBefore(16);
            doc.add(foot);
            doc.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot render the award list", e);
        }
    }

    private static PdfPTable table(List<AwardEntry> entries, Fonts head, Fonts text, boolean awards) {
        String[] headers = awards ? new String[] {"序号", "县（市、区）", "单位", "命名结果", "得分", "授予", "市级奖补（元）", "县级奖补（元）"}
                : new String[] {"序号", "县（市、区）", "单位", "结果", "得分"};
        float[] widths = awards ? new float[] {4, 10, 14, 10, 6, 22, 9, 11} : new float[] {4, 14, 20, 12, 8};
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        for (String h : headers) {
            PdfPCell c = new PdfPCell(head.of(h));
            c.setBackgroundColor(new java.awt.Color(235, 235, 235));
            c.setPadding(4);
            table.addCell(c);
        }
        int i = 1;
        for (AwardEntry e : entries) {
            cell(table, String.valueOf(i++), text);
            cell(table, e.countyName(), text);
            cell(table, e.unitName(), text);
            cell(table, e.outcomeName(), text);
            cell(table, e.score() == null ? "" : e.score().stripTrailingZeros().toPlainString(), text);
            if (awards) {
                cell(table, e.awardText() == null ? "" : e.awardText(), text);
                cell(table, yuan(e.citySubsidy()), text);
                cell(table, e.countySubsidyMin() == null ? "" : yuan(e.countySubsidyMin())
                        + (e.countySubsidyMax() != null && e.countySubsidyMax().compareTo(e.countySubsidyMin()) != 0
                        ? "—" + yuan(e.countySubsidyMax()) : ""), text);
            }
        }
        if (entries.isEmpty()) {
            PdfPCell none = new PdfPCell(text.of("（无）"));
            none.setColspan(headers.length);
            none.setPadding(4);
            table.addCell(none);
        }
        return table;
    }

    private static void cell(PdfPTable table, String value, Fonts font) {
        PdfPCell c = new PdfPCell(font.of(value == null ? "" : value));
        c.setPadding(4);
        c.setLeading(0, 1.4f);
        table.addCell(c);
    }

    /** One size and style: Helvetica where it has the glyph, the embedded CJK font elsewhere. */
    private record Fonts(BaseFont cjk, float size, int style) {
        Phrase of(String text) {
            FontSelector selector = new FontSelector();
            selector.addFont(new Font(Font.HELVETICA, size, style));
            selector.addFont(new Font(cjk, size, style));
            return selector.process(text);
        }
    }

    static String yuan(BigDecimal b) {
        return b == null ? "" : String.format("%,d", b.longValue());
    }
}

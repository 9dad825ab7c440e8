package cn.jiceng.publicity.service;

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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Service;

/**
 * Renders a notice as an official-looking PDF: title, issuing unit, period, body, table of
 * entries, contact, how to object, issuer and date. The CJK font is embedded (subset), so the
 * file prints the same on any machine. That font has no Latin glyphs (digits, dates, notice numbers
 * and the objection address would print blank), so every text is set with a font selector:
 * Helvetica (a standard PDF font, never embedded) for what it covers, the CJK font for the rest —
 * as the award list's PDF does.
 */
@Service
public class NoticePdfService {

    static final String FONT = "fonts/DroidSansFallbackFull.ttf";
    private static final DateTimeFormatter CN_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final byte[] fontBytes;

    public NoticePdfService() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + FONT);
            }
            this.fontBytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF of the notice; {@code objectionUrl} is printed as where to object. */
    public byte[] render(PublicNotice notice, String objectionUrl) {
        try {
            BaseFont base = BaseFont.createFont("DroidSansFallbackFull.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    false, fontBytes, null);
            Fonts title = new Fonts(base, 18, Font.BOLD);
            Fonts text = new Fonts(base, 11, Font.NORMAL);
            Fonts small = new Fonts(base, 9, Font.NORMAL);
            Fonts head = new Fonts(base, 11, Font.BOLD);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 60, 60, 60, 60);
            PdfWriter.getInstance(doc, out);
            doc.addTitle(notice.title());
            doc.addCreator("Jiceng");
            doc.open();

            Paragraph t = paragraph(notice.title(), title);
            t.setAlignment(Element.ALIGN_CENTER);
            t.setSpacingAfter(6);
            doc.add(t);
            Paragraph no = paragraph("公示编号：" + notice.noticeNo(), small);
            no.setAlignment(Element.ALIGN_CENTER);
            no.setSpacingAfter(14);
            doc.add(no);

            if (notice.body() != null && !notice.body().isBlank()) {
                Paragraph body = paragraph(notice.body(), text);
                body.setFirstLineIndent(22);
                body.setLeading(20);
                body.setSpacingAfter(10);
                doc.add(body);
            }
            Paragraph period = paragraph("公示期：" + cn(notice.startDate()) + "至" + cn(notice.endDate())
                    + "（" + notice.workingDays() + "个工作日）", text);
            period.setSpacingAfter(10);
            doc.add(period);
            if (notice.calendarWarning()) {
                doc.add(paragraph("注：公示期所跨年度的节假日安排尚未录入，按周一至周五计算。", small));
            }

            PdfPTable table = new PdfPTable(new float[] {1, 3, 6});
            table.setWidthPercentage(100);
            table.setSpacingBefore(6);
            table.setSpacingAfter(12);
            table.setHeaderRows(1);
            for (String h : new String[] {"序号", "姓名/名称", "公示内容"}) {
                PdfPCell cell = new PdfPCell(head.of(h));
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                cell.setPadding(5);
                table.addCell(cell);
            }
            for (PublicNotice.Entry e : notice.entries()) {
                table.addCell(cell(String.valueOf(e.seq()), text, Element.ALIGN_CENTER));
                table.addCell(cell(e.name(), text, Element.ALIGN_LEFT));
                table.addCell(cell(e.detail() == null ? "" : e.detail(), text, Element.ALIGN_LEFT));
            }
            doc.add(table);

            Paragraph how = paragraph("公示期间，如对公示对象有异议，请以真实姓名实名反映，并提供联系方式和具体事实。"
                    + "网上反映：" + objectionUrl, text);
            how.setLeading(20);
            doc.add(how);
            if (notice.contact() != null && !notice.contact().isBlank()) {
                doc.add(paragraph("联系方式：" + notice.contact(), text));
            }
            Paragraph issuer = paragraph(notice.unitName() + "\n" + cn(notice.startDate()), text);
            issuer.setAlignment(Element.ALIGN_RIGHT);
            issuer.setSpacingBefore(30);
            issuer.setLeading(20);
            doc.add(issuer);
            doc.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot render notice " + notice.noticeNo(), e);
        }
    }

    private static Paragraph paragraph(String s, Fonts font) {
        Paragraph p = new Paragraph();
        p.setLeading(font.size() * 1.5f);
        p.add(font.of(s));
        return p;
    }

    private static PdfPCell cell(String s, Fonts font, int align) {
        PdfPCell cell = new PdfPCell(font.of(s));
        cell.setHorizontalAlignment(align);
        cell.setPadding(5);
        return cell;
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

    private static String cn(LocalDate date) {
        return date.format(CN_DATE);
    }
}

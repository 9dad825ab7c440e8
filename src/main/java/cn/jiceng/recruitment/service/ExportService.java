package cn.jiceng.recruitment.service;

import cn.jiceng.security.domain.AppUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import cn.jiceng.recruitment.domain.Application;
import cn.jiceng.recruitment.domain.ApplicationRepository;
import cn.jiceng.recruitment.domain.ApplicationStatus;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import cn.jiceng.common.spreadsheet.SpreadsheetText;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Excel exports for HR (streaming workbooks, so large campaigns do not fill the heap). */
@Service
public class ExportService {

    static final List<String> POST_COUNT_HEADER = List.of("岗位代码", "招聘单位", "岗位名称", "招聘人数", "岗位状态", "报名人数",
            "审核通过", "达到开考比例");

    static final List<String> RESULTS_HEADER = List.of("岗位代码", "招聘单位", "岗位名称", "准考证号", "姓名", "笔试成绩", "面试成绩",
            "综合成绩", "岗位名次", "进展");
    static final List<String> TEMPLATE_HEADER = List.of("准考证号", "姓名", "岗位代码", "成绩");

    private final RecruitmentService recruitment;
    private final ApplicationRepository applications;
    private final ExamService exams;

    public ExportService(RecruitmentService recruitment, ApplicationRepository applications, ExamService exams) {
        this.recruitment = recruitment;
        this.applications = applications;
        this.exams = exams;
    }

    /** Every admitted candidate with scores, rank and selection stage, by post and rank (成绩与排名). */
    @Transactional(readOnly = true)
    public byte[] results(AppUser user, long campaignId) {
        recruitment.visibleCampaign(user, campaignId);
        List<Application> admitted = admitted(campaignId);
        return workbook("成绩与排名", RESULTS_HEADER, admitted, (row, a) -> {
            text(row, 0, a.getPost().getPostCode());
            text(row, 1, a.getPost().getUnitName());
            text(row, 2, a.getPost().getPostName());
            text(row, 3, a.getAdmissionNo());
            text(row, 4, a.getApplicant().getName());
            number(row, 5, a.getWrittenScore());
            number(row, 6, a.getInterviewScore());
            number(row, 7, a.getTotalScore());
            if (a.getRank() != null) {
                row.createCell(8).setCellValue(a.getRank());
            }
            text(row, 9, a.getStage() == null ? "" : a.getStage().name());
        });
    }

    /**
     * The sheet HR fills in with one exam's scores: every admitted candidate for the written exam, the
     * shortlist for the interview; the 成绩 column is left empty.
     */
    @Transactional(readOnly = true)
    public byte[] scoreTemplate(AppUser user, long campaignId, ExamService.Kind kind) {
        recruitment.visibleCampaign(user, campaignId);
        List<Application> rows = kind == ExamService.Kind.WRITTEN ? admitted(campaignId)
                : recruitment.posts(campaignId).stream().flatMap(p -> exams.shortlist(p.getId()).stream())
                .sorted(Comparator.comparing(Application::getAdmissionNo)).toList();
        return workbook(kind == ExamService.Kind.WRITTEN ? "笔试成绩" : "面试成绩", TEMPLATE_HEADER, rows, (row, a) -> {
            text(row, 0, a.getAdmissionNo());
            text(row, 1, a.getApplicant().getName());
            text(row, 2, a.getPost().getPostCode());
        });
    }

    private List<Application> admitted(long campaignId) {
        return applications.findByCampaignIdAndStatus(campaignId, ApplicationStatus.QUALIFIED).stream()
                .filter(a -> a.getAdmissionNo() != null)
                .sorted(Comparator.comparing((Application a) -> a.getPost().getPostCode())
                        .thenComparing(a -> a.getRank() == null ? Integer.MAX_VALUE : a.getRank())
                        .thenComparing(Application::getAdmissionNo))
                .toList();
    }

    /**
     * Text from the database (names, units, posts typed by users or imported) as a string cell; text
     * that looks like a formula gets the quote prefix and is never evaluated ({@link SpreadsheetText}).
     */
    private static void text(Row row, int cell, String value) {
        if (value != null) {
            SpreadsheetText.set(row.createCell(cell), value, textStyle(row.getSheet().getWorkbook()));
        }
    }

    private static CellStyle textStyle(Workbook wb) {
        for (int i = 0; i < wb.getNumCellStyles(); i++) {
            if (wb.getCellStyleAt(i).getQuotePrefixed()) {
                return wb.getCellStyleAt(i);
            }
        }
        return SpreadsheetText.textStyle(wb);
    }

    private static void number(Row row, int cell, BigDecimal value) {
        if (value != null) {
            row.createCell(cell).setCellValue(value.doubleValue());
        }
    }

    private static <T> byte[] workbook(String sheetName, List<String> header, List<T> items, BiConsumer<Row, T> fill) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                text(head, i, header.get(i));
            }
            int r = 1;
            for (T item : items) {
                fill.accept(sheet.createRow(r++), item);
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The campaign's posts with applied / qualified counts and the opening-ratio check. */
    @Transactional(readOnly = true)
    public byte[] postCounts(AppUser user, long campaignId) {
        List<PostCounts> counts = recruitment.postCounts(user, campaignId);
        return workbook("岗位报名情况", POST_COUNT_HEADER, counts, (row, c) -> {
            text(row, 0, c.post().getPostCode());
            text(row, 1, c.post().getUnitName());
            text(row, 2, c.post().getPostName());
            row.createCell(3).setCellValue(c.post().getOpenings());
            text(row, 4, c.post().getStatus().name());
            row.createCell(5).setCellValue(c.active());
            row.createCell(6).setCellValue(c.qualified());
            text(row, 7, c.ratioMet() ? "是" : "否");
        });
    }
}

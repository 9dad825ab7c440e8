package cn.jiceng.recruitment.service;

import cn.jiceng.security.domain.AppUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Excel exports for HR (streaming workbooks, so large campaigns do not fill the heap). */
@Service
public class ExportService {

    static final List<String> POST_COUNT_HEADER = List.of("岗位代码", "招聘单位", "岗位名称", "招聘人数", "岗位状态", "报名人数",
            "审核通过", "达到开考比例");

    private final RecruitmentService recruitment;

    public ExportService(RecruitmentService recruitment) {
        this.recruitment = recruitment;
    }

    /** The campaign's posts with applied / qualified counts and the opening-ratio check. */
    @Transactional(readOnly = true)
    public byte[] postCounts(AppUser user, long campaignId) {
        List<PostCounts> counts = recruitment.postCounts(user, campaignId);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("岗位报名情况");
            Row header = sheet.createRow(0);
            for (int i = 0; i < POST_COUNT_HEADER.size(); i++) {
                header.createCell(i).setCellValue(POST_COUNT_HEADER.get(i));
            }
            int r = 1;
            for (PostCounts c : counts) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(c.post().getPostCode());
                row.createCell(1).setCellValue(c.post().getUnitName());
                row.createCell(2).setCellValue(c.post().getPostName());
                row.createCell(3).setCellValue(c.post().getOpenings());
                row.createCell(4).setCellValue(c.post().getStatus().name());
                row.createCell(5).setCellValue(c.active());
                row.createCell(6).setCellValue(c.qualified());
                row.createCell(7).setCellValue(c.ratioMet() ? "是" : "否");
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

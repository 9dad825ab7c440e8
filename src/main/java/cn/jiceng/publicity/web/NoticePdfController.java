package cn.jiceng.publicity.web;

import cn.jiceng.publicity.service.NoticePdfService;
import cn.jiceng.publicity.service.PublicNotice;
import cn.jiceng.publicity.service.PublicityService;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The printable PDF of a notice, at a stable public address: /gongshi-pdf/{noticeNo}. */
@RestController
public class NoticePdfController {

    public static final String PATH = "/gongshi-pdf/";

    private final PublicityService publicity;
    private final NoticePdfService pdf;

    public NoticePdfController(PublicityService publicity, NoticePdfService pdf) {
        this.publicity = publicity;
        this.pdf = pdf;
    }

    @GetMapping(PATH + "{noticeNo}")
    public ResponseEntity<byte[]> notice(@PathVariable String noticeNo, HttpServletRequest request) {
        PublicNotice notice = publicity.publicNotice(noticeNo).orElse(null);
        if (notice == null) {
            return ResponseEntity.notFound().build();
        }
        String url = ServletUriComponentsBuilder.fromContextPath(request).path("/gongshi/" + notice.noticeNo()).toUriString();
        byte[] body = pdf.render(notice, url);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(notice.noticeNo() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}

package cn.jiceng.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.publicity.service.PublicNotice;
import cn.jiceng.publicity.service.PublicityService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public pages and the PDF need no login; the PDF embeds its Chinese font. */
@JicengSpringBootTest
class PublicPagesHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    PublicityService publicity;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void publicPagesOpenWithoutLogin() throws Exception {
        assertThat(get("/gongshi").statusCode()).isEqualTo(200);
        assertThat(get("/gongshi-receipt").statusCode()).isEqualTo(200);
        PublicNotice notice = publicity.publicNotices().get(0);
        assertThat(get("/gongshi/" + notice.noticeNo()).statusCode()).isEqualTo(200);
    }

    @Test
    void noticeDownloadsAsPdfWithTheChineseFontEmbedded() throws Exception {
        PublicNotice notice = publicity.publicNotices().stream()
                .filter(n -> n.title().contains("基层治理专干")).findFirst().orElseThrow();
        HttpResponse<byte[]> response = get("/gongshi-pdf/" + notice.noticeNo());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        byte[] pdf = response.body();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(raw).as("TrueType font embedded").contains("/FontFile2");
        try (PdfReader reader = new PdfReader(pdf)) {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("拟聘用人员公示").contains("公示期").contains("刘佳").contains("个工作日");
        }
    }

    @Test
    void unknownNoticeIs404() throws Exception {
        assertThat(get("/gongshi-pdf/GS19990101-XXXX").statusCode()).isEqualTo(404);
    }
}

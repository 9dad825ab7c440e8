package cn.jiceng.common.importing;

import cn.jiceng.common.validation.InputRejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The checks every upload of a document or piece of evidence makes before anything is stored:
 * not empty, within its size limit, and of an allowed {@link FileType} by its content — a program
 * or script renamed to .pdf or .jpg is refused as what it is. The messages are
 * {@code <prefix>.empty}, {@code <prefix>.tooLarge} (limit in MB), {@code <prefix>.executable}
 * and {@code <prefix>.type}: {@code upload.error} has them all, a feature may keep its own
 * (recruitment: {@code recruitment.document.error}).
 */
public final class UploadedFiles {

    /** The shared message keys (upload.error.empty, .tooLarge, .executable, .type). */
    public static final String MESSAGES = "upload.error";

    private UploadedFiles() {
    }

    /**
     * Reads an upload, but never more than one byte over the limit into memory (the browser's own
     * limit is a courtesy a client can skip): a longer stream gives {@code limit + 1} bytes, which
     * {@link #check} then refuses as too large.
     */
    public static byte[] readAtMost(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
    }

    /** The type of an acceptable upload; otherwise an {@link InputRejectedException} on {@code field} with the prefix's message. */
    public static FileType check(byte[] content, long maxBytes, Set<FileType> allowed, String field, String messagePrefix) {
        if (content == null || content.length == 0) {
            throw new InputRejectedException(field, messagePrefix + ".empty");
        }
        if (content.length > maxBytes) {
            throw new InputRejectedException(field, messagePrefix + ".tooLarge", megabytes(maxBytes));
        }
        FileType type = FileType.of(content);
        if (type.isExecutable()) {
            throw new InputRejectedException(field, messagePrefix + ".executable", type.label());
        }
        if (!allowed.contains(type) || type == FileType.PDF && !endsLikePdf(content)) {
            throw new InputRejectedException(field, messagePrefix + ".type");
        }
        return type;
    }

    /**
     * True if the PDF has its end-of-file marker {@code %%EOF} in its last 1,024 bytes (trailing
     * NULs and white space aside), as PDF readers require: a script with {@code %PDF-} put before
     * it, or a file cut off in transfer, has none.
     */
    static boolean endsLikePdf(byte[] c) {
        int end = c.length;
        while (end > 0 && (c[end - 1] == 0 || Character.isWhitespace(c[end - 1]))) {
            end--;
        }
        int start = Math.max(0, end - 1024);
        return new String(c, start, end - start, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }

    /** The limit in MB for messages, e.g. "5" or "0.5". */
    public static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(Locale.ROOT, "%.1f", mb);
    }
}

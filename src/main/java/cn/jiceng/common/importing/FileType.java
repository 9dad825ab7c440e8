package cn.jiceng.common.importing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a file is, told by its first bytes (its magic number), never by its name or the type the
 * browser claims. Every upload (imports, applicants' documents, evidence) is sniffed with
 * {@link #of}; the uploads refuse {@link #isExecutable() programs and scripts} with their own
 * message, whatever the file is called.
 */
public enum FileType {
    PDF("PDF", "application/pdf"),
    JPEG("JPEG", "image/jpeg"),
    PNG("PNG", "image/png"),
    GIF("GIF", "image/gif"),
    /** A ZIP container: .xlsx, .docx, .jar, .zip. */
    ZIP("ZIP", "application/zip"),
    /** An OLE2 compound file: .xls, .doc, or an encrypted (password-protected) .xlsx. */
    OLE2("OLE2", "application/x-ole-storage"),
    RAR("RAR", "application/vnd.rar"),
    SEVEN_ZIP("7z", "application/x-7z-compressed"),
    GZIP("GZIP", "application/gzip"),
    /** A Windows (MZ), Linux (ELF) or macOS (Mach-O) program, or Java class file. */
    EXECUTABLE("EXE", "application/octet-stream"),
    /** A text that a shell, a browser or a server would run: #!, &lt;script, &lt;html, &lt;svg, &lt;?php, @echo. */
    SCRIPT("SCRIPT", "text/plain"),
    /** Other text (CSV is this). */
    TEXT("TEXT", "text/plain"),
    UNKNOWN("?", "application/octet-stream");

    private final String label;
    private final String mediaType;

    FileType(String label, String mediaType) {
        this.label = label;
        this.mediaType = mediaType;
    }

    /** A short, language-neutral name for messages (PDF, EXE, SCRIPT, …). */
    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }

    /** True for programs and scripts: never accepted by any upload, whatever they are named. */
    public boolean isExecutable() {
        return this == EXECUTABLE || this == SCRIPT;
    }

    /** The type of the content, from its first bytes. */
    public static FileType of(byte[] c) {
        if (c == null || c.length == 0) {
            return UNKNOWN;
        }
        if (starts(c, '%', 'P', 'D', 'F', '-')) {
            return PDF;
        }
        if (starts(c, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (starts(c, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (starts(c, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        if (starts(c, 'P', 'K', 3, 4) || starts(c, 'P', 'K', 5, 6) || starts(c, 'P', 'K', 7, 8)) {
            return ZIP;
        }
        if (starts(c, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OLE2;
        }
        if (starts(c, 'R', 'a', 'r', '!')) {
            return RAR;
        }
        if (starts(c, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return SEVEN_ZIP;
        }
        if (starts(c, 0x1F, 0x8B)) {
            return GZIP;
        }
        if (starts(c, 'M', 'Z') || starts(c, 0x7F, 'E', 'L', 'F') || starts(c, 0xCA, 0xFE, 0xBA, 0xBE)
                || starts(c, 0xFE, 0xED, 0xFA, 0xCE) || starts(c, 0xFE, 0xED, 0xFA, 0xCF)
                || starts(c, 0xCE, 0xFA, 0xED, 0xFE) || starts(c, 0xCF, 0xFA, 0xED, 0xFE)) {
            return EXECUTABLE;
        }
        return isScript(c) ? SCRIPT : looksLikeText(c) ? TEXT : UNKNOWN;
    }

    private static boolean isScript(byte[] c) {
        int n = Math.min(c.length, 512);
        String head = new String(c, 0, n, StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u00EF\u00BB\u00BF")) {
            head = head.substring(3);
        }
        head = head.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("#!") || head.startsWith("<script") || head.startsWith("<html") || head.startsWith("<!doctype html")
                || head.startsWith("<svg") || head.startsWith("<?php") || head.startsWith("<%") || head.startsWith("@echo")
                || head.startsWith("<?xml") && head.contains("<svg")
                || head.startsWith("<head") || head.startsWith("<body") || head.startsWith("<iframe");
    }

    /** No NUL and few control characters in the first 8 KB (a UTF-16 file with its BOM counts as text). */
    private static boolean looksLikeText(byte[] c) {
        if (starts(c, 0xFF, 0xFE) || starts(c, 0xFE, 0xFF)) {
            return true;
        }
        int n = Math.min(c.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = c[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        return control * 100 < n;
    }

    private static boolean starts(byte[] c, int... magic) {
        if (c.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((c[i] & 0xFF) != (magic[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}

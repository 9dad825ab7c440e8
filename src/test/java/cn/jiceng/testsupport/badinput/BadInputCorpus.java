package cn.jiceng.testsupport.badinput;

import cn.jiceng.common.i18n.TranslationProvider;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The bad-input corpus of issue 12 item 6: the files offices really send, one directory per
 * import under {@code src/test/resources/bad-input/}, and what each must give. This table is the
 * one source: the corpus tests run every case against the real service and assert the message and
 * that nothing changed ({@link BadInputAssertions}); {@link #generate} (run by
 * {@code BadInputCorpusTest#regenerate}, see the README) writes the committed files and the
 * README from it. Two cases are too big to commit (a file over the size limit, 100,000 rows) and
 * are made at test time; the README says which.
 * <p>Directories: {@code any-import} (file-level cases, run against every tabular import),
 * {@code org-tree}, {@code post-table}, {@code scores}, {@code calendar}, {@code documents}. To add
 * an import (e.g. survey results), add a directory's cases here, a test that runs
 * {@code cases("your-dir")} and {@code cases(ANY)} through {@link BadInputAssertions#check}, and the
 * directory to {@link #COVERED}.
 */
public final class BadInputCorpus {

    public static final Path ROOT = Path.of("src/test/resources/bad-input");
    public static final String ANY = "any-import";
    /** Every directory and the test class that runs its cases. */
    public static final List<List<String>> COVERED = List.of(
            List.of(ANY, "every test below (OrgTreeBadInputTest, PostTableBadInputTest, ScoresBadInputTest, CalendarBadInputTest)"),
            List.of("org-tree", "cn.jiceng.organization.OrgTreeBadInputTest"),
            List.of("post-table", "cn.jiceng.recruitment.PostTableBadInputTest"),
            List.of("scores", "cn.jiceng.recruitment.ScoresBadInputTest"),
            List.of("calendar", "cn.jiceng.calendar.CalendarBadInputTest"),
            List.of("documents", "cn.jiceng.recruitment.DocumentsBadInputTest"));

    public enum Outcome { ACCEPTED, REJECTED }

    /**
     * One file and what it must give: accepted with {@code rows} rows, or rejected with the message
     * {@code key} at {@code row} (0 = the whole file) and {@code args} (their text). A case whose
     * {@code generator} is set at test time is not committed.
     */
    public record Case(String dir, String file, String what, Outcome outcome, int rows, String key, int row,
                       List<String> args, Supplier<byte[]> content, boolean committed) {

        public String id() {
            return dir + "/" + file;
        }

        public boolean accepted() {
            return outcome == Outcome.ACCEPTED;
        }

        /** The file's bytes: read from the committed corpus, or made now for the test-time cases. */
        public byte[] bytes() {
            if (!committed) {
                return content.get();
            }
            try {
                return Files.readAllBytes(ROOT.resolve(dir).resolve(file));
            } catch (IOException e) {
                throw new UncheckedIOException("corpus file missing: " + id() + " (run BadInputCorpusTest#regenerate)", e);
            }
        }
    }

    private BadInputCorpus() {
    }

    // ------------------------------------------------------------------ canonical contents

    /** The organisation rows every accepted org-tree file holds, however it is encoded or typed. */
    public static final List<List<String>> ORG_ROWS = List.of(
            List.of("220171", "长春新区（测试）", "COUNTY", "DISTRICT", "220100"),
            List.of("220171001", "北湖街道", "STREET", "STREET", "220171"),
            List.of("220171001001", "北湖社区", "COMMUNITY", "COMMUNITY", "220171001"));
    static final List<String> ORG_HEADER = List.of("代码", "名称", "层级", "类型", "上级代码");

    /** The post rows of every accepted post table (units of 宽城区 in the demo tree). */
    public static final List<List<String>> POST_ROWS = List.of(
            List.of("长山花园社区", "220103001001", "社区治理专干", "BP01", "2", "大专及以上", "不限", "35周岁及以下", ""),
            List.of("团山社区", "220103001002", "网格员", "BP02", "1", "本科及以上", "社会工作", "30", "限应届"));
    static final List<String> POST_HEADER = List.of("招聘单位", "单位代码", "岗位名称", "岗位代码", "招聘人数", "学历", "专业", "年龄", "其他条件");

    /** The post code of the scores tests' post: admission numbers are it plus 001, 002, … */
    public static final String SCORE_POST = "BSP01";
    /** The applicants of the scores tests, in admission-number order. */
    public static final List<String> SCORE_NAMES = List.of("吴甲", "吴乙", "吴丙", "吴丁", "吴戊");
    /** The scores of every accepted score sheet: admission number, name, score. */
    public static final List<List<String>> SCORE_ROWS = List.of(
            List.of(SCORE_POST + "001", "吴甲", "85.5"),
            List.of(SCORE_POST + "002", "吴乙", "90"),
            List.of(SCORE_POST + "003", "吴丙", "77.25"));
    static final List<String> SCORE_HEADER = List.of("准考证号", "姓名", "成绩");

    /** The year the calendar corpus imports (far from the years other tests use). */
    public static final int CALENDAR_YEAR = 2034;
    /** The days of every accepted calendar file: 2034-01-01 (Sunday) and 01-02 off, Saturday 01-07 worked. */
    public static final List<List<String>> CALENDAR_ROWS = List.of(
            List.of("2034-01-01", "放假", "元旦"),
            List.of("2034-01-02", "放假", "元旦"),
            List.of("2034-01-07", "调休上班", "元旦调休"));
    static final List<String> CALENDAR_HEADER = List.of("日期", "类型", "名称");

    // ------------------------------------------------------------------ the cases

    public static List<Case> cases() {
        List<Case> all = new ArrayList<>();
        all.addAll(any());
        all.addAll(orgTree());
        all.addAll(postTable());
        all.addAll(scores());
        all.addAll(calendar());
        all.addAll(documents());
        return all;
    }

    public static List<Case> cases(String dir) {
        return cases().stream().filter(c -> c.dir().equals(dir)).toList();
    }

    private static Case ok(String dir, String file, String what, int rows, Supplier<byte[]> content) {
        return new Case(dir, file, what, Outcome.ACCEPTED, rows, null, 0, List.of(), content, true);
    }

    private static Case bad(String dir, String file, String what, String key, int row, List<String> args, Supplier<byte[]> content) {
        return new Case(dir, file, what, Outcome.REJECTED, 0, key, row, args, content, true);
    }

    private static Case badAtTestTime(String dir, String file, String what, String key, int row, List<String> args,
                                      Supplier<byte[]> content) {
        return new Case(dir, file, what, Outcome.REJECTED, 0, key, row, args, content, false);
    }

    static List<Case> any() {
        String d = ANY;
        return List.of(
                bad(d, "empty.csv", "a file of 0 bytes", "import.error.emptyFile", 0, List.of(), () -> new byte[0]),
                bad(d, "blank-lines.csv", "only empty lines and spaces (ideographic too)", "import.error.emptyFile", 0, List.of(),
                        () -> "\r\n \r\n\u3000\r\n,,\r\n".getBytes(StandardCharsets.UTF_8)),
                bad(d, "empty-first-sheet.xlsx", "the first worksheet empty, the data on the second", "import.error.emptySheet", 0,
                        List.of("Sheet1"), () -> xlsx(wb -> {
                            wb.createSheet("Sheet1");
                            fill(wb.createSheet("数据"), List.of(ORG_HEADER, ORG_ROWS.get(0)));
                        })),
                bad(d, "zip-bomb.xlsx", "a zip bomb disguised as .xlsx: a worksheet of 64 MB of blanks packed into some 60 KB",
                        "import.error.zipBomb", 0, List.of("256"), BadInputCorpus::zipBomb),
                bad(d, "zip-not-a-workbook.xlsx", "a plain ZIP archive renamed .xlsx", "import.error.notSpreadsheet", 0, List.of(),
                        () -> zip(List.of(List.of("说明.txt", "这不是工作簿")))),
                bad(d, "word-not-a-workbook.xls", "an OLE2 file that is no workbook (as a .doc renamed .xls)",
                        "import.error.notSpreadsheet", 0, List.of(), BadInputCorpus::ole2NotWorkbook),
                bad(d, "password-protected.xlsx", "an .xlsx with an opening password (password: jiceng)", "import.error.encrypted",
                        0, List.of(), BadInputCorpus::encryptedXlsx),
                bad(d, "program-renamed.xlsx", "a Windows program (MZ) renamed .xlsx", "import.error.notTabular", 0,
                        List.of("EXE"), BadInputCorpus::windowsProgram),
                bad(d, "script-renamed.csv", "a shell script renamed .csv", "import.error.notTabular", 0, List.of("SCRIPT"),
                        () -> "#!/bin/sh\ncurl http://127.0.0.1/x | sh\n".getBytes(StandardCharsets.US_ASCII)),
                bad(d, "pdf-renamed.xlsx", "a PDF renamed .xlsx", "import.error.notTabular", 0, List.of("PDF"), BadInputCorpus::pdf),
                bad(d, "web-page.xls", "an HTML table named .xls, as some old systems export", "import.error.html", 0, List.of(),
                        () -> ("<html><head><meta charset=\"utf-8\"></head><body><table><tr><td>代码</td><td>名称</td></tr>"
                                + "</table></body></html>").getBytes(StandardCharsets.UTF_8)),
                bad(d, "binary-garbage.csv", "binary bytes with NULs (another program's file) renamed .csv", "import.error.binary", 0,
                        List.of(), () -> {
                            byte[] b = new byte[512];
                            for (int i = 0; i < b.length; i++) {
                                b[i] = (byte) (i * 37 % 256);
                            }
                            return b;
                        }),
                bad(d, "undecodable.csv", "bytes that are neither UTF-8 nor GBK/GB18030 (a lone 0x80, 0xFF)", "import.error.encoding",
                        0, List.of(), () -> concat("代码,名称\n".getBytes(StandardCharsets.UTF_8), new byte[] {'2', '2', ',', (byte) 0x80,
                                (byte) 0xFF, (byte) 0x80, '\n'})),
                bad(d, "unbalanced-quote.csv", "a quote opened and never closed", "import.error.badCsv", 0, List.of("3"),
                        () -> "代码,名称\n220171,\"长春\n220172,x\"y\n".getBytes(StandardCharsets.UTF_8)),
                badAtTestTime(d, "oversize.csv", "20 MB + 1 byte", "import.error.tooLarge", 0, List.of("20"),
                        BadInputCorpus::oversizeCsv),
                badAtTestTime(d, "100000-rows.csv", "100,000 data rows", "import.error.tooManyRows", 0,
                        List.of("50000"), () -> manyRowsCsv(100_000)),
                badAtTestTime(d, "100000-rows.xlsx", "100,000 data rows", "import.error.tooManyRows", 0,
                        List.of("50000"), () -> manyRowsXlsx(100_000)));
    }

    static List<Case> orgTree() {
        String d = "org-tree";
        return List.of(
                ok(d, "utf8.csv", "UTF-8 without BOM", 3, () -> csv(ORG_HEADER, ORG_ROWS, StandardCharsets.UTF_8, false)),
                ok(d, "utf8-bom.csv", "UTF-8 with BOM (Excel's \"CSV UTF-8\")", 3, () -> csv(ORG_HEADER, ORG_ROWS, StandardCharsets.UTF_8, true)),
                ok(d, "gbk.csv", "GBK, as Chinese Excel saves CSV", 3, () -> csv(ORG_HEADER, ORG_ROWS, Charset.forName("GBK"), false)),
                ok(d, "gb18030.csv", "GB18030", 3, () -> csv(ORG_HEADER, ORG_ROWS, Charset.forName("GB18030"), false)),
                ok(d, "utf16-tabs.csv", "UTF-16 LE with BOM and tabs (Excel's \"Unicode text\")", 3, () -> tabbedUtf16(ORG_HEADER, ORG_ROWS)),
                ok(d, "fullwidth.csv", "codes in full-width digits, ideographic spaces around names, Chinese level names", 3,
                        () -> csv(ORG_HEADER, List.of(
                                List.of("２２０１７１", "\u3000长春新区（测试）\u3000", "县", "DISTRICT", "２２０１００"),
                                List.of("２２０１７１００１", "北湖街道\u3000", "街道", "", "２２０１７１"),
                                List.of("２２０１７１００１００１", "\u200B北湖社区", "社区", "", "２２０１７１００１")),
                                StandardCharsets.UTF_8, false)),
                ok(d, "numbers-and-hints.xlsx", "codes as number cells, a 序号 column, headers marked * and with hints in brackets", 3,
                        () -> xlsx(wb -> {
                            Sheet s = wb.createSheet("组织机构");
                            fill(s, List.of(List.of("序号", "代码*", "名称（全称）", "层级", "类型", "上级代码(上级单位)")));
                            int r = 1;
                            for (List<String> row : ORG_ROWS) {
                                List<Object> cells = new ArrayList<>();
                                cells.add((double) r);
                                cells.add(Double.valueOf(row.get(0)));
                                cells.addAll(row.subList(1, 4));
                                cells.add(Double.valueOf(row.get(4)));
                                fillRow(s, r++, cells);
                            }
                        })),
                bad(d, "merged-title.xlsx", "a title row merged across the columns above the header", "import.error.mergedHeader", 1,
                        List.of("A1:E1"), () -> xlsx(wb -> {
                            Sheet s = wb.createSheet("组织机构");
                            fill(s, List.of(List.of("长春新区组织机构表"), ORG_HEADER, ORG_ROWS.get(0)));
                            s.addMergedRegion(CellRangeAddress.valueOf("A1:E1"));
                        })),
                bad(d, "merged-parent-cells.xlsx", "上级代码 merged over two rows, as tables printed for reading are", "import.error.mergedCells",
                        3, List.of("E3:E4", "上级代码"), () -> xlsx(wb -> {
                            Sheet s = wb.createSheet("组织机构");
                            fill(s, List.of(ORG_HEADER, ORG_ROWS.get(0), List.of("220171001", "北湖街道", "STREET", "STREET", "220171"),
                                    List.of("220171002", "奢岭街道", "STREET", "STREET", "")));
                            s.addMergedRegion(CellRangeAddress.valueOf("E3:E4"));
                        })),
                bad(d, "renamed-column.csv", "上级代码 renamed 父级编码", "import.error.missingColumns", 1, List.of("上级代码"),
                        () -> csv(List.of("代码", "名称", "层级", "类型", "父级编码"), ORG_ROWS, StandardCharsets.UTF_8, false)),
                bad(d, "extra-column.csv", "an extra column 联系电话 the import does not know", "import.error.unknownColumns", 1,
                        List.of("F“联系电话”", "代码、名称、层级、类型、上级代码"),
                        () -> csv(plus(ORG_HEADER, "联系电话"), ORG_ROWS.stream().map(r -> plus(r, "0431-1234567")).toList(),
                                StandardCharsets.UTF_8, false)),
                bad(d, "duplicate-column.csv", "the 名称 column twice", "import.error.duplicateColumn", 1, List.of("名称", "B、F"),
                        () -> csv(plus(ORG_HEADER, "名称"), ORG_ROWS.stream().map(r -> plus(r, r.get(1))).toList(),
                                StandardCharsets.UTF_8, false)),
                bad(d, "unnamed-column.csv", "data in a column without header", "import.error.unnamedColumn", 3, List.of("F", "F3"),
                        () -> "代码,名称,层级,类型,上级代码\n220171,长春新区（测试）,COUNTY,DISTRICT,220100\n220171001,北湖街道,STREET,STREET,220171,多余\n"
                                .getBytes(StandardCharsets.UTF_8)),
                bad(d, "formula.xlsx", "a name computed by a formula", "import.error.formula", 3, List.of("B3", "名称", "=CONCATENATE(\"北湖\",\"街道\")"),
                        () -> xlsx(wb -> {
                            Sheet s = wb.createSheet("组织机构");
                            fill(s, List.of(ORG_HEADER, ORG_ROWS.get(0), ORG_ROWS.get(1)));
                            s.getRow(2).getCell(1).setCellFormula("CONCATENATE(\"北湖\",\"街道\")");
                        })),
                bad(d, "csv-formula.csv", "a name that is a formula in a CSV (=HYPERLINK…)", "import.error.formula", 2,
                        List.of("B2", "名称", "=HYPERLINK(\"http://127.0.0.1/\",\"点击\")"),
                        () -> "代码,名称,层级,类型,上级代码\n220171,\"=HYPERLINK(\"\"http://127.0.0.1/\"\",\"\"点击\"\")\",COUNTY,DISTRICT,220100\n"
                                .getBytes(StandardCharsets.UTF_8)),
                bad(d, "header-only.csv", "the header and no data", "import.error.noRows", 0, List.of(),
                        () -> csv(ORG_HEADER, List.of(), StandardCharsets.UTF_8, true)),
                bad(d, "bad-code.csv", "a street code of 8 digits", "org.import.badCodeForLevel", 3, List.of("22017100", "STREET", "9"),
                        () -> csv(ORG_HEADER, List.of(ORG_ROWS.get(0), List.of("22017100", "北湖街道", "STREET", "STREET", "220171")),
                                StandardCharsets.UTF_8, false)));
    }

    static List<Case> postTable() {
        String d = "post-table";
        return List.of(
                ok(d, "utf8.csv", "UTF-8 without BOM", 2, () -> csv(POST_HEADER, POST_ROWS, StandardCharsets.UTF_8, false)),
                ok(d, "utf8-bom.csv", "UTF-8 with BOM", 2, () -> csv(POST_HEADER, POST_ROWS, StandardCharsets.UTF_8, true)),
                ok(d, "gbk.csv", "GBK", 2, () -> csv(POST_HEADER, POST_ROWS, Charset.forName("GBK"), false)),
                ok(d, "fullwidth.csv", "openings, ages, codes in full-width digits and letters, ideographic spaces", 2,
                        () -> csv(POST_HEADER, List.of(
                                List.of("\u3000长山花园社区", "２２０１０３００１００１", "社区治理专干\u3000", "ＢＰ０１", "２", "大专及以上", "不限",
                                        "３５周岁及以下", ""),
                                List.of("团山社区", "２２０１０３００１００２", "网格员", "ＢＰ０２", "１人", "本科及以上", "社会工作", "３０", "限应届")),
                                StandardCharsets.UTF_8, false)),
                ok(d, "serial-and-numbers.xlsx", "a 序号 column, openings as number cells, headers marked *", 2, () -> xlsx(wb -> {
                    Sheet s = wb.createSheet("岗位表");
                    List<String> header = new ArrayList<>(List.of("序号"));
                    POST_HEADER.forEach(h -> header.add(h.equals("岗位代码") || h.equals("招聘人数") ? "*" + h : h));
                    fill(s, List.of(header));
                    int r = 1;
                    for (List<String> row : POST_ROWS) {
                        List<Object> cells = new ArrayList<>();
                        cells.add((double) r);
                        cells.addAll(row);
                        cells.set(5, Double.valueOf(row.get(4)));
                        fillRow(s, r++, cells);
                    }
                })),
                bad(d, "two-row-header.xlsx", "a two-row header: 报名条件 merged over 学历, 专业, 年龄", "import.error.mergedHeader", 1,
                        List.of("F1:H1"), () -> xlsx(wb -> {
                            Sheet s = wb.createSheet("岗位表");
                            fill(s, List.of(List.of("招聘单位", "单位代码", "岗位名称", "岗位代码", "招聘人数", "报名条件", "", "", "其他条件"),
                                    List.of("", "", "", "", "", "学历", "专业", "年龄", ""), POST_ROWS.get(0)));
                            s.addMergedRegion(CellRangeAddress.valueOf("F1:H1"));
                            for (String col : List.of("A", "B", "C", "D", "E", "I")) {
                                s.addMergedRegion(CellRangeAddress.valueOf(col + "1:" + col + "2"));
                            }
                        })),
                bad(d, "merged-unit-cells.xlsx", "招聘单位 merged over the rows of its posts", "import.error.mergedCells", 2,
                        List.of("A2:A3", "招聘单位"), () -> xlsx(wb -> {
                            Sheet s = wb.createSheet("岗位表");
                            List<String> second = new ArrayList<>(POST_ROWS.get(1));
                            second.set(0, "");
                            fill(s, List.of(POST_HEADER, POST_ROWS.get(0), second));
                            s.addMergedRegion(CellRangeAddress.valueOf("A2:A3"));
                        })),
                bad(d, "formula-openings.xlsx", "招聘人数 as a formula (=1+1)", "import.error.formula", 2, List.of("E2", "招聘人数", "=1+1"),
                        () -> xlsx(wb -> {
                            Sheet s = wb.createSheet("岗位表");
                            fill(s, List.of(POST_HEADER, POST_ROWS.get(0)));
                            s.getRow(1).getCell(4).setCellFormula("1+1");
                        })),
                bad(d, "renamed-column.csv", "岗位代码 renamed 岗位编号", "import.error.unknownColumns", 1,
                        List.of("D“岗位编号”", "招聘单位、单位代码、岗位名称、岗位代码、岗位类型、招聘人数、学历、专业、年龄、户籍、是否限应届、其他条件"),
                        () -> csv(POST_HEADER.stream().map(h -> h.equals("岗位代码") ? "岗位编号" : h).toList(), POST_ROWS,
                                StandardCharsets.UTF_8, false)),
                bad(d, "extra-column.csv", "an extra column 咨询电话", "import.error.unknownColumns", 1,
                        List.of("J“咨询电话”", "招聘单位、单位代码、岗位名称、岗位代码、岗位类型、招聘人数、学历、专业、年龄、户籍、是否限应届、其他条件"),
                        () -> csv(plus(POST_HEADER, "咨询电话"), POST_ROWS.stream().map(r -> plus(r, "0431-8888888")).toList(),
                                StandardCharsets.UTF_8, false)),
                bad(d, "openings-as-words.csv", "招聘人数 written 若干", "recruitment.import.openings", 3, List.of("若干"),
                        () -> csv(POST_HEADER, List.of(POST_ROWS.get(0), replace(POST_ROWS.get(1), 4, "若干")), StandardCharsets.UTF_8, false)));
    }

    static List<Case> scores() {
        String d = "scores";
        return List.of(
                ok(d, "utf8.csv", "UTF-8 without BOM", 3, () -> csv(SCORE_HEADER, SCORE_ROWS, StandardCharsets.UTF_8, false)),
                ok(d, "utf8-bom.csv", "UTF-8 with BOM", 3, () -> csv(SCORE_HEADER, SCORE_ROWS, StandardCharsets.UTF_8, true)),
                ok(d, "gbk.csv", "GBK", 3, () -> csv(SCORE_HEADER, SCORE_ROWS, Charset.forName("GBK"), false)),
                ok(d, "fullwidth.csv", "scores and admission numbers in full-width digits (８５．５), ideographic spaces", 3,
                        () -> csv(SCORE_HEADER, List.of(
                                List.of("ＢＳＰ０１００１", "吴甲\u3000", "８５．５"),
                                List.of("\u3000ＢＳＰ０１００２", "吴乙", "９０"),
                                List.of("ＢＳＰ０１００３", "\u3000吴丙", "７７．２５\u3000")), StandardCharsets.UTF_8, false)),
                ok(d, "exported-template.xlsx", "the score sheet the app exports (with 岗位代码), scores as number cells", 3,
                        () -> xlsx(wb -> {
                            Sheet s = wb.createSheet("笔试成绩");
                            fill(s, List.of(List.of("准考证号", "姓名", "岗位代码", "成绩")));
                            int r = 1;
                            for (List<String> row : SCORE_ROWS) {
                                fillRow(s, r++, List.of(row.get(0), row.get(1), SCORE_POST, Double.valueOf(row.get(2))));
                            }
                        })),
                bad(d, "formula-score.xlsx", "a score computed by a formula (=B*0.6+…)", "import.error.formula", 3,
                        List.of("C3", "成绩", "=95*0.6+85*0.4"), () -> xlsx(wb -> {
                            Sheet s = wb.createSheet("笔试成绩");
                            fill(s, List.of(SCORE_HEADER, SCORE_ROWS.get(0), SCORE_ROWS.get(1)));
                            s.getRow(2).getCell(2).setCellFormula("95*0.6+85*0.4");
                        })),
                bad(d, "merged-header.xlsx", "成绩 merged over two header columns (笔试, 面试)", "import.error.mergedHeader", 1,
                        List.of("C1:D1"), () -> xlsx(wb -> {
                            Sheet s = wb.createSheet("成绩");
                            fill(s, List.of(List.of("准考证号", "姓名", "成绩", ""), plus(SCORE_ROWS.get(0), "80")));
                            s.addMergedRegion(CellRangeAddress.valueOf("C1:D1"));
                        })),
                bad(d, "renamed-column.csv", "成绩 renamed 总分", "import.error.missingColumns", 1, List.of("成绩"),
                        () -> csv(List.of("准考证号", "姓名", "总分"), SCORE_ROWS, StandardCharsets.UTF_8, false)),
                bad(d, "extra-column.csv", "an extra column 备注", "import.error.unknownColumns", 1, List.of("D“备注”", "准考证号、姓名、成绩"),
                        () -> csv(plus(SCORE_HEADER, "备注"), SCORE_ROWS.stream().map(r -> plus(r, "")).toList(), StandardCharsets.UTF_8,
                                false)),
                bad(d, "absent-as-word.csv", "a score written 缺考", "exam.import.badScore", 3, List.of("缺考"),
                        () -> csv(SCORE_HEADER, List.of(SCORE_ROWS.get(0), replace(SCORE_ROWS.get(1), 2, "缺考")), StandardCharsets.UTF_8,
                                false)));
    }

    static List<Case> calendar() {
        String d = "calendar";
        return List.of(
                ok(d, "utf8.csv", "UTF-8, ISO dates", 3, () -> csv(CALENDAR_HEADER, CALENDAR_ROWS, StandardCharsets.UTF_8, false)),
                ok(d, "gbk.csv", "GBK", 3, () -> csv(CALENDAR_HEADER, CALENDAR_ROWS, Charset.forName("GBK"), false)),
                ok(d, "dates-as-text.csv", "dates typed 2034/1/1, 2034年1月2日, 20340107", 3, () -> csv(CALENDAR_HEADER, List.of(
                        replace(CALENDAR_ROWS.get(0), 0, "2034/1/1"), replace(CALENDAR_ROWS.get(1), 0, "2034年1月2日"),
                        replace(CALENDAR_ROWS.get(2), 0, "20340107")), StandardCharsets.UTF_8, true)),
                ok(d, "fullwidth-dates.csv", "dates in full-width digits (２０３４－０１－０１), ideographic spaces", 3,
                        () -> csv(CALENDAR_HEADER, List.of(
                                replace(CALENDAR_ROWS.get(0), 0, "２０３４－０１－０１"), replace(CALENDAR_ROWS.get(1), 0, "\u3000２０３４／１／２"),
                                replace(CALENDAR_ROWS.get(2), 0, "２０３４年１月７日\u3000")), StandardCharsets.UTF_8, false)),
                ok(d, "date-cells.xlsx", "dates as Excel date cells (formatted yyyy/m/d)", 3, () -> xlsx(wb -> {
                    Sheet s = wb.createSheet("2034");
                    CellStyle date = wb.createCellStyle();
                    date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
                    fill(s, List.of(CALENDAR_HEADER));
                    int r = 1;
                    for (List<String> row : CALENDAR_ROWS) {
                        fillRow(s, r, List.of(LocalDate.parse(row.get(0)), row.get(1), row.get(2)));
                        s.getRow(r++).getCell(0).setCellStyle(date);
                    }
                })),
                ok(d, "date-serials.xlsx", "dates as bare Excel serial numbers (48945 = 2034-01-01), as a lost cell format leaves them", 3,
                        () -> xlsx(wb -> {
                            Sheet s = wb.createSheet("2034");
                            fill(s, List.of(CALENDAR_HEADER));
                            int r = 1;
                            for (List<String> row : CALENDAR_ROWS) {
                                double serial = LocalDate.parse(row.get(0)).toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay();
                                fillRow(s, r++, List.of(serial, row.get(1), row.get(2)));
                            }
                        })),
                bad(d, "date-without-year.csv", "a date typed 1月2日, without its year", "calendar.import.badDate", 3, List.of("1月2日"),
                        () -> csv(CALENDAR_HEADER, List.of(CALENDAR_ROWS.get(0), replace(CALENDAR_ROWS.get(1), 0, "1月2日")),
                                StandardCharsets.UTF_8, false)),
                bad(d, "date-formula.xlsx", "a date computed by =DATE(2034,1,2)", "import.error.formula", 3, List.of("A3", "日期", "=DATE(2034,1,2)"),
                        () -> xlsx(wb -> {
                            Sheet s = wb.createSheet("2034");
                            fill(s, List.of(CALENDAR_HEADER, CALENDAR_ROWS.get(0), CALENDAR_ROWS.get(1)));
                            s.getRow(2).getCell(0).setCellFormula("DATE(2034,1,2)");
                        })),
                bad(d, "merged-names.xlsx", "the holiday name merged over its days", "import.error.mergedCells", 2, List.of("C2:C3", "名称"),
                        () -> xlsx(wb -> {
                            Sheet s = wb.createSheet("2034");
                            fill(s, List.of(CALENDAR_HEADER, CALENDAR_ROWS.get(0), replace(CALENDAR_ROWS.get(1), 2, "")));
                            s.addMergedRegion(CellRangeAddress.valueOf("C2:C3"));
                        })),
                bad(d, "extra-column.csv", "an extra column 备注", "import.error.unknownColumns", 1, List.of("D“备注”", "日期、类型、名称"),
                        () -> csv(plus(CALENDAR_HEADER, "备注"), CALENDAR_ROWS.stream().map(r -> plus(r, "国务院办公厅通知")).toList(),
                                StandardCharsets.UTF_8, false)),
                bad(d, "wrong-year.csv", "a day of 2033 in the 2034 schedule", "calendar.import.wrongYear", 2, List.of("2033-12-31", "2034"),
                        () -> csv(CALENDAR_HEADER, List.of(List.of("2033-12-31", "放假", "元旦"), CALENDAR_ROWS.get(0)),
                                StandardCharsets.UTF_8, false)));
    }

    static List<Case> documents() {
        String d = "documents";
        String p = "recruitment.document.error.";
        return List.of(
                ok(d, "real.pdf", "a small valid PDF", 1, BadInputCorpus::pdf),
                ok(d, "real.jpg", "a small valid JPEG", 1, BadInputCorpus::jpeg),
                ok(d, "jpeg-named.pdf", "a JPEG named .pdf: stored and served as the JPEG it is", 1, BadInputCorpus::jpeg),
                bad(d, "windows-program.pdf", "a Windows program (MZ) renamed .pdf", p + "executable", 0, List.of("EXE"),
                        BadInputCorpus::windowsProgram),
                bad(d, "linux-program.jpg", "a Linux program (ELF) renamed .jpg", p + "executable", 0, List.of("EXE"),
                        () -> concat(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, new byte[120])),
                bad(d, "shell-script.pdf", "a shell script renamed .pdf", p + "executable", 0, List.of("SCRIPT"),
                        () -> "#!/bin/bash\nrm -rf ~\n".getBytes(StandardCharsets.US_ASCII)),
                bad(d, "html-script.jpg", "an HTML page with a script renamed .jpg", p + "executable", 0, List.of("SCRIPT"),
                        () -> "\n<!DOCTYPE html><html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII)),
                bad(d, "svg-script.jpg", "an SVG image with a script renamed .jpg", p + "executable", 0, List.of("SCRIPT"),
                        () -> "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
                                .getBytes(StandardCharsets.US_ASCII)),
                bad(d, "php.jpg", "a PHP script renamed .jpg", p + "executable", 0, List.of("SCRIPT"),
                        () -> "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.US_ASCII)),
                bad(d, "script-behind-pdf-header.pdf", "a script with %PDF- put in front and no PDF end", p + "type", 0, List.of(),
                        () -> "%PDF-1.4\n<script>alert(1)</script>\n".getBytes(StandardCharsets.US_ASCII)),
                bad(d, "truncated.pdf", "a PDF cut off in transfer (no %%EOF)", p + "type", 0, List.of(),
                        () -> Arrays.copyOf(pdf(), pdf().length / 2)),
                bad(d, "png-named.jpg", "a PNG named .jpg (not an accepted type)", p + "type", 0, List.of(), BadInputCorpus::png),
                bad(d, "zip-named.pdf", "a ZIP archive named .pdf", p + "type", 0, List.of(),
                        () -> zip(List.of(List.of("a.txt", "x")))),
                bad(d, "empty.pdf", "0 bytes", p + "empty", 0, List.of(), () -> new byte[0]),
                badAtTestTime(d, "oversize.pdf", "a PDF of 5 MB + 1 byte", p + "tooLarge", 0, List.of("5"),
                        BadInputCorpus::oversizePdf));
    }

    // ------------------------------------------------------------------ file makers

    static byte[] csv(List<String> header, List<List<String>> rows, Charset charset, boolean bom) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", header)).append("\r\n");
        rows.forEach(r -> sb.append(String.join(",", r.stream().map(BadInputCorpus::csvQuote).toList())).append("\r\n"));
        byte[] text = sb.toString().getBytes(charset);
        return bom ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text) : text;
    }

    private static String csvQuote(String v) {
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    static byte[] tabbedUtf16(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder(String.join("\t", header)).append("\r\n");
        rows.forEach(r -> sb.append(String.join("\t", r)).append("\r\n"));
        return concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, sb.toString().getBytes(StandardCharsets.UTF_16LE));
    }

    interface WorkbookFiller {
        void fill(Workbook wb) throws IOException;
    }

    static byte[] xlsx(WorkbookFiller filler) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.fill(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void fill(Sheet sheet, List<? extends List<?>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            fillRow(sheet, r, rows.get(r));
        }
    }

    static void fillRow(Sheet sheet, int r, List<?> values) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            Cell cell = row.createCell(c);
            if (v instanceof Double d) {
                cell.setCellValue(d);
            } else if (v instanceof LocalDate date) {
                cell.setCellValue(date);
            } else {
                cell.setCellValue((String) v);
            }
        }
    }

    static List<String> plus(List<String> row, String value) {
        List<String> r = new ArrayList<>(row);
        r.add(value);
        return r;
    }

    static List<String> replace(List<String> row, int index, String value) {
        List<String> r = new ArrayList<>(row);
        r.set(index, value);
        return r;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** A ZIP of (name, text) entries. */
    static byte[] zip(List<List<String>> entries) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (List<String> e : entries) {
                ZipEntry entry = new ZipEntry(e.get(0));
                entry.setTime(0);
                zip.putNextEntry(entry);
                zip.write(e.get(1).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An .xlsx package whose one worksheet unpacks to 64 MB of blanks (ratio about 1:1000). */
    static byte[] zipBomb() {
        String ns = "http://schemas.openxmlformats.org/";
        String contentTypes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"" + ns + "package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "</Types>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + ns + "package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + ns + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>";
        String workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + ns + "spreadsheetml/2006/main\" xmlns:r=\""
                + ns + "officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
        String workbookRels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + ns + "package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + ns + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>";
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (List<String> e : List.of(List.of("[Content_Types].xml", contentTypes), List.of("_rels/.rels", rels),
                    List.of("xl/workbook.xml", workbook), List.of("xl/_rels/workbook.xml.rels", workbookRels))) {
                ZipEntry entry = new ZipEntry(e.get(0));
                entry.setTime(0);
                zip.putNextEntry(entry);
                zip.write(e.get(1).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            ZipEntry sheet = new ZipEntry("xl/worksheets/sheet1.xml");
            sheet.setTime(0);
            zip.putNextEntry(sheet);
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + ns + "spreadsheetml/2006/main\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1024 * 1024];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                zip.write(blanks);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] ole2NotWorkbook() {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream("这是一份Word文档".getBytes(StandardCharsets.UTF_16LE)), "WordDocument");
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] encryptedXlsx() {
        byte[] plain = xlsx(wb -> fill(wb.createSheet("组织机构"), List.of(ORG_HEADER, ORG_ROWS.get(0))));
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("jiceng");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first bytes of a Windows program: MZ, its DOS stub and a PE signature. */
    static byte[] windowsProgram() {
        byte[] b = new byte[256];
        b[0] = 'M';
        b[1] = 'Z';
        b[0x3C] = (byte) 0x80;
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, b, 0x4E, stub.length);
        b[0x80] = 'P';
        b[0x81] = 'E';
        return b;
    }

    /** A minimal one-page PDF with its cross-reference table and %%EOF. */
    static byte[] pdf() {
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"};
        StringBuilder sb = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(sb.length());
            sb.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = sb.length();
        sb.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> sb.append(String.format("%010d 00000 n \n", o)));
        sb.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] jpeg() {
        return image("jpg");
    }

    static byte[] png() {
        return image("png");
    }

    private static byte[] image(String format) {
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 3, 0xCC0000);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] oversizeCsv() {
        byte[] b = new byte[20 * 1024 * 1024 + 1];
        Arrays.fill(b, (byte) 'a');
        byte[] head = "代码,名称\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }

    static byte[] oversizePdf() {
        byte[] pdf = pdf();
        byte[] b = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, b, 0, pdf.length);
        return b;
    }

    static byte[] manyRowsCsv(int rows) {
        StringBuilder sb = new StringBuilder("代码,名称,层级,类型,上级代码\n");
        for (int i = 0; i < rows; i++) {
            sb.append("2201710").append(String.format("%05d", i)).append(",社区").append(i).append(",COMMUNITY,COMMUNITY,220171001\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] manyRowsXlsx(int rows) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("数据");
            fillRow(s, 0, ORG_HEADER);
            for (int i = 0; i < rows; i++) {
                fillRow(s, i + 1, List.of("2201710" + String.format("%05d", i), "社区" + i, "COMMUNITY", "COMMUNITY", "220171001"));
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ generation

    /**
     * Writes the committed cases' files that are missing (all of them with
     * {@code -Dbadinput.overwrite=true}: workbooks carry their creation time, so rewriting changes
     * their bytes) and the README; deletes corpus files that no case names.
     */
    public static void generate() throws IOException {
        Set<Path> written = new LinkedHashSet<>();
        for (Case c : cases()) {
            if (!c.committed()) {
                continue;
            }
            Path file = ROOT.resolve(c.dir()).resolve(c.file());
            Files.createDirectories(file.getParent());
            if (!Files.exists(file) || Boolean.getBoolean("badinput.overwrite")) {
                Files.write(file, c.content().get());
            }
            written.add(file);
        }
        try (var files = Files.walk(ROOT)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (!written.contains(f) && !f.getFileName().toString().equals("README.md")) {
                    Files.delete(f);
                }
            }
        }
        Files.writeString(ROOT.resolve("README.md"), readme());
    }

    /** The README: every file, its case, and the message it must give (Chinese, as users see it). */
    public static String readme() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Bad-input corpus\n\n")
                .append("The files offices really send, for every import and upload (issue 12, item 6). Generated by\n")
                .append("`cn.jiceng.testsupport.badinput.BadInputCorpus` (the one table of cases; do not edit by hand):\n\n")
                .append("    ./mvnw -o -q test -Dtest=BadInputCorpusTest#regenerate -Dbadinput.generate=true\n\n")
                .append("Each case is run against the real service by the test named for its directory, which asserts the\n")
                .append("message (key, row, arguments) and that nothing changed (the tables' contents before and after), or,\n")
                .append("for files that are right but messy, that they are accepted with the same values as the clean file.\n")
                .append("`BadInputCorpusTest` fails when a file here has no case or a case has no file. Files marked\n")
                .append("*(made at test time)* are too big to commit and are generated by the test from the same table.\n")
                .append("The `any-import` files are run against each of the four tabular imports. Row 0 means the whole file.\n\n");
        for (List<String> covered : COVERED) {
            String dir = covered.get(0);
            sb.append("## ").append(dir).append("\n\nTest: ").append(covered.get(1)).append("\n\n")
                    .append("| file | case | outcome | row | message |\n| --- | --- | --- | --- | --- |\n");
            for (Case c : cases(dir)) {
                String message = c.accepted() ? "accepted: " + c.rows() + (c.rows() == 1 ? " document" : " rows")
                        + " stored, values as in the clean file"
                        : "`" + c.key() + "`: " + TranslationProvider.translate(c.key(), TranslationProvider.CHINESE, c.args().toArray());
                sb.append("| ").append(c.committed() ? "`" + c.file() + "`" : "`" + c.file() + "` *(made at test time)*").append(" | ")
                        .append(c.what().replace("|", "\\|")).append(" | ")
                        .append(c.accepted() ? "accepted" : "refused").append(" | ")
                        .append(c.accepted() ? "" : String.valueOf(c.row())).append(" | ")
                        .append(message.replace("|", "\\|").replace("\n", " ")).append(" |\n");
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}

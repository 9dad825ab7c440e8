package cn.jiceng.common.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an .xlsx/.xls workbook or a CSV file into a {@link TabularFile}, the way
 * offices send them, and refuses what it cannot read faithfully. The format is told by the content
 * ({@link FileType}), not the file name.
 * <ul>
 * <li>CSV: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"), GBK / GB18030 as
 * Chinese Excel saves it; comma, tab or semicolon separated (told by the header line). Anything
 * that decodes in none of these is refused, never read as mojibake.</li>
 * <li>.xlsx is streamed (SAX, bounded memory, no external entities); POI's {@link ZipSecureFile}
 * refuses a zip bomb (inflate ratio below 1 %, an entry above {@link #MAX_UNZIPPED_ENTRY} or more
 * than 1,000 entries). Date cells become yyyy-MM-dd; numbers are written out plainly (no
 * 2.20103E+11).</li>
 * <li>Every cell is normalised by {@link ImportText#cell} (full-width digits and spaces).</li>
 * <li>Refused with the cell or row named: formulas (a file's cached result is not a value anyone
 * checked; paste as values), merged cells (the header or data rows), unknown or duplicate columns
 * (a renamed column would otherwise be silently lost), data in a column without header, more than
 * {@code maxRows} data rows, an empty first sheet, files over {@link #MAX_BYTES}.</li>
 * </ul>
 * Problems are {@link ImportRejectedException}s; row 0 means the file as a whole.
 */
@Component
public class TabularFileReader {

    private static final Logger log = LoggerFactory.getLogger(TabularFileReader.class);

    /** Files larger than this are refused before parsing. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** Data rows an import takes at most by default; split larger files. */
    public static final int MAX_ROWS = 50_000;
    /** An .xlsx part that unpacks to more than this is a zip bomb, whatever its ratio. */
    public static final long MAX_UNZIPPED_ENTRY = 256L * 1024 * 1024;

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    static {
        // POI's limits are global: keep the stricter of ours and whatever is set already.
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), 0.01));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_UNZIPPED_ENTRY));
        ZipSecureFile.setMaxFileCount(Math.min(ZipSecureFile.getMaxFileCount(), 1000));
    }

    /** A cell that held a formula (1-based row, 0-based column). */
    record Formula(int row, int column, String text) {
    }

    record RawRow(int rowNumber, List<String> cells) {
        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** A sheet as read, before its header is matched: rows (1-based numbers), formulas and merged ranges. */
    record RawSheet(String name, List<RawRow> rows, List<Formula> formulas, List<CellRangeAddress> merged) {
    }

    /** Thrown from inside a parser to stop reading a file with too many rows. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    public TabularFile read(byte[] content, List<ColumnSpec> columns) {
        return read(content, columns, MAX_ROWS);
    }

    /** Reads at most {@code maxRows} data rows; a file with more is refused as a whole. */
    public TabularFile read(byte[] content, List<ColumnSpec> columns, int maxRows) {
        if (content == null || content.length == 0) {
            throw reject("import.error.emptyFile");
        }
        if (content.length > MAX_BYTES) {
            throw reject("import.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        FileType type = FileType.of(content);
        RawSheet sheet;
        try {
            sheet = switch (type) {
                case ZIP -> readXlsx(content, maxRows);
                case OLE2 -> readXls(content, maxRows);
                case TEXT -> readCsv(content, maxRows);
                case SCRIPT -> throw isHtml(content) ? reject("import.error.html") : reject("import.error.notTabular", type.label());
                case UNKNOWN -> throw reject("import.error.binary");
                default -> throw reject("import.error.notTabular", type.label());
            };
        } catch (TooManyRows e) {
            throw reject("import.error.tooManyRows", maxRows);
        }
        return map(sheet, columns, maxRows);
    }

    // ------------------------------------------------------------------ CSV

    private static RawSheet readCsv(byte[] content, int maxRows) {
        String text = decode(content);
        char delimiter = delimiter(text);
        List<RawRow> rows = new ArrayList<>();
        List<Formula> formulas = new ArrayList<>();
        int nonBlank = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            try {
                for (CSVRecord rec : parser) {
                    int rowNumber = (int) rec.getRecordNumber();
                    List<String> cells = new ArrayList<>(rec.size());
                    for (int c = 0; c < rec.size(); c++) {
                        String v = ImportText.cell(rec.get(c));
                        if (v.startsWith("=")) {
                            formulas.add(new Formula(rowNumber, c, v));
                        }
                        cells.add(v);
                    }
                    RawRow row = new RawRow(rowNumber, cells);
                    if (!row.isBlank() && ++nonBlank > maxRows + 1) {
                        throw new TooManyRows();
                    }
                    rows.add(row);
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                throw reject("import.error.badCsv", parser.getCurrentLineNumber());
            }
        } catch (IOException e) {
            throw reject("import.error.badCsv", 1);
        }
        return new RawSheet(null, rows, formulas, List.of());
    }

    /** The separator of the header line: comma (as Excel saves CSV), tab (Excel's "Unicode text") or semicolon. */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long commas = first.chars().filter(c -> c == ',').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /**
     * The text of a CSV file: UTF-8 (BOM or not), UTF-16 with its BOM, else GB18030 (which
     * includes GBK and GB2312). Each is decoded strictly; bytes none of them can read are refused.
     */
    static String decode(byte[] content) {
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return strict(StandardCharsets.UTF_16LE, content, 2);
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return strict(StandardCharsets.UTF_16BE, content, 2);
        }
        boolean bom = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
        if (bom) {
            return strict(StandardCharsets.UTF_8, content, 3);
        }
        try {
            return tryDecode(StandardCharsets.UTF_8, content, 0);
        } catch (CharacterCodingException notUtf8) {
            return strict(GB18030, content, 0);
        }
    }

    private static String strict(Charset charset, byte[] content, int offset) {
        try {
            return tryDecode(charset, content, offset);
        } catch (CharacterCodingException e) {
            throw reject("import.error.encoding");
        }
    }

    private static String tryDecode(Charset charset, byte[] content, int offset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
    }

    private static boolean isHtml(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<table");
    }

    // ------------------------------------------------------------------ .xlsx (streamed)

    private static RawSheet readXlsx(byte[] content, int maxRows) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(content));
            XSSFReader xssf = new XSSFReader(pkg);
            boolean date1904 = date1904(xssf);
            StylesTable styles = xssf.getStylesTable();
            SharedStrings strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = xssf.getSheetIterator();
            if (!sheets.hasNext()) {
                throw reject("import.error.emptySheet", "");
            }
            try (InputStream sheet = sheets.next()) {
                SheetHandler handler = new SheetHandler(strings, styles, date1904, maxRows);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(handler);
                parser.parse(new InputSource(sheet));
                return new RawSheet(sheets.getSheetName(), handler.rows, handler.formulas, handler.merged);
            }
        } catch (ImportRejectedException | TooManyRows e) {
            throw e;
        } catch (Exception e) {
            throw workbookProblem(e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    private static boolean date1904(XSSFReader xssf) throws Exception {
        boolean[] result = {false};
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("workbookPr".equals(localName)) {
                    String v = attributes.getValue("date1904");
                    result[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                }
            }
        });
        try (InputStream in = xssf.getWorkbookData()) {
            parser.parse(new InputSource(in));
        }
        return result[0];
    }

    /** The SAX handler of one worksheet part: rows of normalised cell texts, formulas and merged ranges. */
    private static final class SheetHandler extends DefaultHandler {
        final List<RawRow> rows = new ArrayList<>();
        final List<Formula> formulas = new ArrayList<>();
        final List<CellRangeAddress> merged = new ArrayList<>();
        private final SharedStrings strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final int maxRows;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder formula = new StringBuilder();
        private List<String> cells;
        private int rowNumber;
        private int column;
        private String type;
        private String style;
        private boolean inValue;
        private boolean inFormula;
        private boolean inInline;
        private boolean inText;
        private boolean hasFormula;
        private int nonBlank;

        SheetHandler(SharedStrings strings, StylesTable styles, boolean date1904, int maxRows) {
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
            this.maxRows = maxRows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            switch (localName) {
                case "row" -> {
                    String r = a.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    String ref = a.getValue("r");
                    column = ref == null ? column + 1 : new CellReference(ref).getCol();
                    type = a.getValue("t");
                    style = a.getValue("s");
                    value.setLength(0);
                    formula.setLength(0);
                    hasFormula = false;
                }
                case "v" -> inValue = true;
                case "f" -> {
                    inFormula = true;
                    hasFormula = true;
                }
                case "is" -> inInline = true;
                case "t" -> inText = inInline;
                case "mergeCell" -> {
                    String ref = a.getValue("ref");
                    if (ref != null) {
                        merged.add(CellRangeAddress.valueOf(ref));
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inText) {
                value.append(ch, start, length);
            } else if (inFormula) {
                formula.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> inValue = false;
                case "f" -> inFormula = false;
                case "t" -> inText = false;
                case "is" -> inInline = false;
                case "c" -> {
                    while (cells.size() <= column) {
                        cells.add("");
                    }
                    cells.set(column, ImportText.cell(text()));
                    if (hasFormula) {
                        formulas.add(new Formula(rowNumber, column, "=" + formula));
                    } else if (cells.get(column).startsWith("=")) {
                        formulas.add(new Formula(rowNumber, column, cells.get(column)));
                    }
                }
                case "row" -> {
                    RawRow row = new RawRow(rowNumber, cells);
                    if (!row.isBlank() && ++nonBlank > maxRows + 1) {
                        throw new TooManyRows();
                    }
                    rows.add(row);
                }
                default -> {
                }
            }
        }

        private String text() {
            String v = value.toString();
            if (type == null || type.equals("n")) {
                if (v.isBlank()) {
                    return "";
                }
                double d = Double.parseDouble(v);
                return isDateStyle() && DateUtil.isValidExcelDate(d) ? isoDate(DateUtil.getLocalDateTime(d, date1904)) : plainNumber(v);
            }
            return switch (type) {
                case "s" -> v.isBlank() ? "" : strings.getItemAt(Integer.parseInt(v.trim())).getString();
                case "b" -> "1".equals(v) ? "TRUE" : "FALSE";
                default -> v; // inlineStr, str (a formula's text), e (an error such as #N/A), d (ISO date)
            };
        }

        private boolean isDateStyle() {
            if (style == null || styles == null) {
                return false;
            }
            int index = Integer.parseInt(style);
            return dateStyles.computeIfAbsent(index, i -> {
                XSSFCellStyle s = styles.getStyleAt(i);
                return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
            });
        }
    }

    /** A date cell as yyyy-MM-dd, with the time after a T if it has one. */
    static String isoDate(LocalDateTime t) {
        return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
    }

    /** A number as Excel shows it (15 significant digits), without exponent or trailing zeros. */
    static String plainNumber(String v) {
        return new BigDecimal(v.trim()).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    // ------------------------------------------------------------------ .xls

    private static RawSheet readXls(byte[] content, int maxRows) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            if (wb.getNumberOfSheets() == 0) {
                throw reject("import.error.emptySheet", "");
            }
            Sheet sheet = wb.getSheetAt(0);
            if (sheet.getPhysicalNumberOfRows() > maxRows + 1) {
                throw new TooManyRows();
            }
            List<RawRow> rows = new ArrayList<>();
            List<Formula> formulas = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        String text = ImportText.cell(cellText(cell));
                        if (cell != null && cell.getCellType() == CellType.FORMULA) {
                            formulas.add(new Formula(r + 1, c, "=" + cell.getCellFormula()));
                        } else if (text.startsWith("=")) {
                            formulas.add(new Formula(r + 1, c, text));
                        }
                        cells.add(text);
                    }
                }
                rows.add(new RawRow(r + 1, cells));
            }
            return new RawSheet(sheet.getSheetName(), rows, formulas, sheet.getMergedRegions());
        } catch (ImportRejectedException | TooManyRows e) {
            throw e;
        } catch (Exception e) {
            throw workbookProblem(e);
        }
    }

    private static String cellText(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? isoDate(cell.getLocalDateTimeCellValue())
                    : plainNumber(String.valueOf(cell.getNumericCellValue()));
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    /** What went wrong opening a workbook, as the message to show: zip bomb, password, or not a spreadsheet. */
    private static ImportRejectedException workbookProblem(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("MAX_ENTRY_SIZE") || m.contains("MAX_FILE_COUNT")) {
                log.warn("Refused a workbook as a zip bomb: {}", m.lines().findFirst().orElse(m));
                return reject("import.error.zipBomb", MAX_UNZIPPED_ENTRY / (1024 * 1024));
            }
            if (t instanceof EncryptedDocumentException) {
                return reject("import.error.encrypted");
            }
        }
        log.info("Refused a file that is no readable workbook", e);
        return reject("import.error.notSpreadsheet");
    }

    // ------------------------------------------------------------------ header and rows

    private static TabularFile map(RawSheet sheet, List<ColumnSpec> columns, int maxRows) {
        RawRow header = sheet.rows().stream().filter(r -> !r.isBlank()).findFirst().orElse(null);
        if (header == null) {
            throw sheet.name() == null ? reject("import.error.emptyFile") : reject("import.error.emptySheet", sheet.name());
        }
        List<ImportError> errors = new ArrayList<>();
        int headerRow = header.rowNumber();
        List<String> headerCells = header.cells();

        for (CellRangeAddress range : sheet.merged()) {
            if (range.getFirstRow() + 1 <= headerRow && range.getLastRow() + 1 >= headerRow
                    || range.getLastRow() + 1 < headerRow) {
                errors.add(new ImportError(headerRow, "import.error.mergedHeader", range.formatAsString()));
            } else {
                errors.add(new ImportError(range.getFirstRow() + 1, "import.error.mergedCells", range.formatAsString(),
                        headerText(headerCells, range.getFirstColumn())));
            }
        }

        List<ColumnSpec> specs = new ArrayList<>(columns);
        ColumnSpec.ALWAYS_IGNORED.stream().filter(i -> columns.stream().noneMatch(c -> c.name().equals(i.name()))).forEach(specs::add);
        Map<String, Integer> index = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < headerCells.size(); i++) {
            String h = headerCells.get(i);
            if (h.isBlank()) {
                continue;
            }
            ColumnSpec spec = specs.stream().filter(s -> s.matches(h)).findFirst().orElse(null);
            if (spec == null) {
                unknown.add(letter(i) + "“" + h + "”");
            } else if (index.containsKey(spec.name())) {
                errors.add(new ImportError(headerRow, "import.error.duplicateColumn", spec.label(),
                        letter(index.get(spec.name())) + "、" + letter(i)));
            } else {
                index.put(spec.name(), i);
            }
        }
        if (!unknown.isEmpty()) {
            errors.add(new ImportError(headerRow, "import.error.unknownColumns", String.join("、", unknown),
                    String.join("、", columns.stream().filter(c -> !c.ignored()).map(ColumnSpec::label).toList())));
        }
        List<String> missing = columns.stream().filter(c -> c.required() && !index.containsKey(c.name()))
                .map(ColumnSpec::label).toList();
        if (!missing.isEmpty()) {
            errors.add(new ImportError(headerRow, "import.error.missingColumns", String.join("、", missing)));
        }

        for (Formula f : sheet.formulas()) {
            errors.add(new ImportError(f.row(), "import.error.formula", new CellReference(f.row() - 1, f.column()).formatAsString(),
                    headerText(headerCells, f.column()), abbreviate(f.text())));
        }

        List<TabularFile.Row> rows = new ArrayList<>();
        boolean[] unnamedReported = new boolean[1024];
        for (RawRow raw : sheet.rows()) {
            if (raw.rowNumber() <= headerRow || raw.isBlank()) {
                continue;
            }
            List<String> cells = raw.cells();
            for (int i = 0; i < cells.size(); i++) {
                boolean unnamed = i >= headerCells.size() || headerCells.get(i).isBlank();
                if (unnamed && !cells.get(i).isBlank() && i < unnamedReported.length && !unnamedReported[i]) {
                    unnamedReported[i] = true;
                    errors.add(new ImportError(raw.rowNumber(), "import.error.unnamedColumn", letter(i),
                            new CellReference(raw.rowNumber() - 1, i).formatAsString()));
                }
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (ColumnSpec spec : columns) {
                if (spec.ignored()) {
                    continue;
                }
                Integer i = index.get(spec.name());
                values.put(spec.name(), i != null && i < cells.size() ? cells.get(i) : "");
            }
            rows.add(new TabularFile.Row(raw.rowNumber(), values));
        }
        if (rows.size() > maxRows) {
            throw reject("import.error.tooManyRows", maxRows);
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(ImportError::rowNumber));
            throw new ImportRejectedException(errors);
        }
        if (rows.isEmpty()) {
            throw reject("import.error.noRows");
        }
        return new TabularFile(headerCells, rows);
    }

    private static String headerText(List<String> header, int column) {
        return column < header.size() && !header.get(column).isBlank() ? header.get(column) : letter(column);
    }

    private static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }

    private static ImportRejectedException reject(String key, Object... args) {
        return new ImportRejectedException(List.of(new ImportError(0, key, args)));
    }
}

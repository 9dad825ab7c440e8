package cn.jiceng.common.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the first sheet of an .xlsx/.xls workbook or a CSV file (UTF-8, or GB18030 as Chinese
 * Excel saves it) into a {@link TabularFile}. The format is told by the content, not the file name.
 * Problems with the file as a whole (unreadable, missing columns) are {@link ImportRejectedException}s
 * with row 0.
 */
@Component
public class TabularFileReader {

    /** Files larger than this are refused before parsing. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final Charset GB18030 = Charset.forName("GB18030");

    public TabularFile read(byte[] content, List<ColumnSpec> columns) {
        if (content == null || content.length == 0) {
            throw reject("import.error.emptyFile");
        }
        if (content.length > MAX_BYTES) {
            throw reject("import.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        List<List<String>> raw;
        try {
            raw = isSpreadsheet(content) ? readWorkbook(content) : readCsv(content);
        } catch (IOException | RuntimeException e) {
            throw reject("import.error.unreadable", String.valueOf(e.getMessage()));
        }
        if (raw.isEmpty()) {
            throw reject("import.error.emptyFile");
        }
        return map(raw, columns);
    }

    static boolean isSpreadsheet(byte[] c) {
        boolean zip = c.length > 3 && c[0] == 'P' && c[1] == 'K' && c[2] == 3 && c[3] == 4;
        boolean ole2 = c.length > 7 && (c[0] & 0xFF) == 0xD0 && (c[1] & 0xFF) == 0xCF && (c[2] & 0xFF) == 0x11
                && (c[3] & 0xFF) == 0xE0;
        return zip || ole2;
    }

    private static List<List<String>> readWorkbook(byte[] content) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = wb.getSheetAt(0);
            int last = sheet.getLastRowNum();
            for (int r = 0; r <= last; r++) {
                var row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(cellText(row.getCell(c), formatter));
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            // Codes and ID numbers typed as numbers: never let them turn into 2.20103E+11.
            return new BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros().toPlainString().trim();
        }
        return formatter.formatCellValue(cell).trim();
    }

    private static List<List<String>> readCsv(byte[] content) throws IOException {
        String text = decode(content);
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(text))) {
            for (CSVRecord rec : parser) {
                List<String> cells = new ArrayList<>();
                rec.forEach(v -> cells.add(v.trim()));
                rows.add(cells);
            }
        }
        return rows;
    }

    static String decode(byte[] content) {
        int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, GB18030);
        }
    }

    private static TabularFile map(List<List<String>> raw, List<ColumnSpec> columns) {
        List<String> header = raw.get(0);
        Map<String, Integer> index = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (ColumnSpec spec : columns) {
            for (int i = 0; i < header.size(); i++) {
                if (spec.matches(header.get(i))) {
                    index.put(spec.name(), i);
                    break;
                }
            }
            if (spec.required() && !index.containsKey(spec.name())) {
                missing.add(spec.aliases().isEmpty() ? spec.name() : spec.aliases().get(0));
            }
        }
        if (!missing.isEmpty()) {
            throw reject("import.error.missingColumns", String.join(", ", missing));
        }
        List<TabularFile.Row> rows = new ArrayList<>();
        for (int r = 1; r < raw.size(); r++) {
            List<String> cells = raw.get(r);
            Map<String, String> values = new LinkedHashMap<>();
            for (ColumnSpec spec : columns) {
                Integer i = index.get(spec.name());
                values.put(spec.name(), i != null && i < cells.size() ? cells.get(i).trim() : "");
            }
            TabularFile.Row row = new TabularFile.Row(r + 1, values);
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            throw reject("import.error.noRows");
        }
        return new TabularFile(header, rows);
    }

    private static ImportRejectedException reject(String key, Object... args) {
        return new ImportRejectedException(List.of(new ImportError(0, key, args)));
    }
}

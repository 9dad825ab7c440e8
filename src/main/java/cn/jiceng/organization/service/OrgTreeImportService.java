package cn.jiceng.organization.service;

import cn.jiceng.common.importing.ColumnSpec;
import cn.jiceng.common.importing.ImportError;
import cn.jiceng.common.importing.ImportRejectedException;
import cn.jiceng.common.importing.TabularFile;
import cn.jiceng.common.importing.TabularFileReader;
import cn.jiceng.organization.domain.OrgLevel;
import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.organization.domain.OrgUnitRepository;
import cn.jiceng.organization.domain.UnitType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an organisation tree from CSV or Excel: columns code, name, level, type (optional) and
 * parent code (Chinese headers 代码/名称/层级/类型/上级代码 accepted). Every row is checked first;
 * one bad row rejects the whole file and nothing is stored. Existing units are matched by code:
 * a new name renames them, a different parent or level is an error (moving units is not an import).
 */
@Service
public class OrgTreeImportService {

    static final String CODE = "code";
    static final String NAME = "name";
    static final String LEVEL = "level";
    static final String TYPE = "type";
    static final String PARENT = "parentCode";

    public static final List<ColumnSpec> COLUMNS = List.of(
            ColumnSpec.required(CODE, "代码", "区划代码", "单位代码"),
            ColumnSpec.required(NAME, "名称", "单位名称"),
            ColumnSpec.required(LEVEL, "层级", "级别"),
            ColumnSpec.optional(TYPE, "类型"),
            ColumnSpec.required(PARENT, "上级代码", "parent", "parent_code"));

    private static final Map<String, OrgLevel> LEVEL_NAMES = Map.ofEntries(
            Map.entry("省", OrgLevel.PROVINCE), Map.entry("省级", OrgLevel.PROVINCE),
            Map.entry("市", OrgLevel.CITY), Map.entry("市级", OrgLevel.CITY), Map.entry("市州", OrgLevel.CITY),
            Map.entry("县", OrgLevel.COUNTY), Map.entry("县区", OrgLevel.COUNTY), Map.entry("县级", OrgLevel.COUNTY),
            Map.entry("区县", OrgLevel.COUNTY),
            Map.entry("街道", OrgLevel.STREET), Map.entry("乡镇", OrgLevel.STREET), Map.entry("街道乡镇", OrgLevel.STREET),
            Map.entry("社区", OrgLevel.COMMUNITY), Map.entry("村", OrgLevel.COMMUNITY), Map.entry("社区村", OrgLevel.COMMUNITY),
            Map.entry("小区", OrgLevel.NEIGHBOURHOOD), Map.entry("网格", OrgLevel.GRID));

    private static final Map<String, UnitType> TYPE_NAMES = Map.ofEntries(
            Map.entry("省", UnitType.PROVINCE), Map.entry("市", UnitType.CITY), Map.entry("区", UnitType.DISTRICT),
            Map.entry("县", UnitType.COUNTY), Map.entry("街道", UnitType.STREET), Map.entry("镇", UnitType.TOWN),
            Map.entry("乡", UnitType.TOWNSHIP), Map.entry("社区", UnitType.COMMUNITY), Map.entry("村", UnitType.VILLAGE),
            Map.entry("小区", UnitType.NEIGHBOURHOOD), Map.entry("网格", UnitType.GRID));

    private final OrgUnitRepository units;
    private final TabularFileReader reader;

    public OrgTreeImportService(OrgUnitRepository units, TabularFileReader reader) {
        this.units = units;
        this.reader = reader;
    }

    /** Parses and imports a file; throws {@link ImportRejectedException} (nothing stored) on any bad row. */
    @Transactional
    public OrgTreeImportResult importFile(byte[] content) {
        TabularFile file = reader.read(content, COLUMNS);
        List<OrgTreeRow> rows = file.rows().stream()
                .map(r -> new OrgTreeRow(r.rowNumber(), r.get(CODE), r.get(NAME), r.get(LEVEL), r.get(TYPE), r.get(PARENT)))
                .toList();
        return importRows(rows);
    }

    @Transactional
    public OrgTreeImportResult importRows(List<OrgTreeRow> rows) {
        List<Checked> checked = validate(rows);
        return apply(checked);
    }

    private record Checked(OrgTreeRow row, String code, String name, OrgLevel level, UnitType type, String parentCode,
                           OrgUnit existing) {
    }

    private List<Checked> validate(List<OrgTreeRow> rows) {
        List<ImportError> errors = new ArrayList<>();
        Map<String, OrgTreeRow> byCode = new HashMap<>();
        Map<String, OrgLevel> levelInFile = new HashMap<>();
        List<Checked> parsed = new ArrayList<>();

        for (OrgTreeRow row : rows) {
            int n = row.rowNumber();
            String code = row.code().trim();
            String name = row.name().trim();
            String parentCode = row.parentCode().trim();
            if (code.isEmpty()) {
                errors.add(new ImportError(n, "org.import.codeRequired"));
                continue;
            }
            OrgTreeRow first = byCode.putIfAbsent(code, row);
            if (first != null) {
                errors.add(new ImportError(n, "org.import.duplicateCode", code, first.rowNumber()));
                continue;
            }
            if (name.isEmpty()) {
                errors.add(new ImportError(n, "org.import.nameRequired", code));
            } else if (name.length() > 100) {
                errors.add(new ImportError(n, "org.import.nameTooLong", code, 100));
            }
            OrgLevel level = parseLevel(row.level());
            if (level == null) {
                errors.add(new ImportError(n, "org.import.unknownLevel", row.level()));
                continue;
            }
            UnitType type = row.type().isBlank() ? level.defaultType() : parseType(row.type());
            if (type == null || !level.allowedTypes().contains(type)) {
                errors.add(new ImportError(n, "org.import.typeNotAllowed", row.type(), level.name()));
                continue;
            }
            if (!code.matches("\\d+") || code.length() != level.codeLength()) {
                errors.add(new ImportError(n, "org.import.badCodeForLevel", code, level.name(), level.codeLength()));
                continue;
            }
            levelInFile.put(code, level);
            parsed.add(new Checked(row, code, name, level, type, parentCode, units.findByCode(code).orElse(null)));
        }

        for (Checked c : parsed) {
            int n = c.row().rowNumber();
            OrgLevel parentLevel;
            if (c.parentCode().isEmpty()) {
                parentLevel = null;
            } else if (levelInFile.containsKey(c.parentCode())) {
                parentLevel = levelInFile.get(c.parentCode());
            } else {
                Optional<OrgUnit> parent = units.findByCode(c.parentCode());
                if (parent.isEmpty()) {
                    if (!byCode.containsKey(c.parentCode())) {
                        errors.add(new ImportError(n, "org.import.missingParent", c.code(), c.parentCode()));
                    }
                    // a parent row that is itself invalid has its own error
                    continue;
                }
                parentLevel = parent.get().getLevel();
            }
            OrgLevel expected = parentLevel == null ? OrgLevel.PROVINCE : parentLevel.childLevel();
            if (c.level() != expected) {
                errors.add(new ImportError(n, "org.import.wrongLevel", c.code(), c.level().name(),
                        expected == null ? "-" : expected.name()));
                continue;
            }
            String codeError = codeShapeError(c.code(), c.level(), c.parentCode(), parentLevel);
            if (codeError != null) {
                errors.add(new ImportError(n, codeError, c.code(), c.parentCode()));
                continue;
            }
            if (c.existing() != null && (c.existing().getLevel() != c.level()
                    || !c.parentCode().equals(nullToEmpty(c.existing().getParentCode())))) {
                errors.add(new ImportError(n, "org.import.conflictsExisting", c.code(), c.existing().getName()));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(ImportError::rowNumber));
            throw new ImportRejectedException(errors);
        }
        return parsed;
    }

    /** Checks a code against the national scheme; null if it fits, else the message key. */
    static String codeShapeError(String code, OrgLevel level, String parentCode, OrgLevel parentLevel) {
        switch (level) {
            case PROVINCE:
                return code.endsWith("0000") ? null : "org.import.provinceCode";
            case CITY:
                if (!code.endsWith("00") || code.endsWith("0000")) {
                    return "org.import.cityCode";
                }
                return code.startsWith(parentCode.substring(0, 2)) ? null : "org.import.codeNotUnderParent";
            case COUNTY:
                if (code.endsWith("00")) {
                    return "org.import.countyCode";
                }
                return code.startsWith(parentCode.substring(0, 4)) ? null : "org.import.codeNotUnderParent";
            default:
                return code.startsWith(parentCode) ? null : "org.import.codeNotUnderParent";
        }
    }

    private OrgTreeImportResult apply(List<Checked> rows) {
        int created = 0;
        int renamed = 0;
        int unchanged = 0;
        Map<String, OrgUnit> saved = new HashMap<>();
        List<Checked> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing((Checked c) -> c.level().ordinal()).thenComparing(Checked::code));
        for (Checked c : ordered) {
            if (c.existing() != null) {
                if (c.existing().getName().equals(c.name())) {
                    unchanged++;
                } else {
                    c.existing().setName(c.name());
                    renamed++;
                }
                saved.put(c.code(), c.existing());
                continue;
            }
            OrgUnit parent = c.parentCode().isEmpty() ? null
                    : saved.computeIfAbsent(c.parentCode(), code -> units.findByCode(code).orElseThrow());
            OrgUnit unit = units.save(new OrgUnit(c.code(), c.name(), c.level(), c.type(), parent));
            saved.put(c.code(), unit);
            created++;
        }
        return new OrgTreeImportResult(created, renamed, unchanged);
    }

    static OrgLevel parseLevel(String text) {
        String t = text == null ? "" : text.trim();
        if (LEVEL_NAMES.containsKey(t)) {
            return LEVEL_NAMES.get(t);
        }
        try {
            return OrgLevel.valueOf(t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static UnitType parseType(String text) {
        String t = text.trim();
        if (TYPE_NAMES.containsKey(t)) {
            return TYPE_NAMES.get(t);
        }
        try {
            return UnitType.valueOf(t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

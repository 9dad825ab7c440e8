package cn.jiceng.demonstration.service;

import cn.jiceng.common.importing.ImportError;
import cn.jiceng.common.importing.ImportRejectedException;
import cn.jiceng.demonstration.domain.IndicatorRow;
import cn.jiceng.demonstration.domain.IndicatorRowRepository;
import cn.jiceng.demonstration.domain.OutcomeModel;
import cn.jiceng.demonstration.domain.OutcomeValue;
import cn.jiceng.demonstration.domain.ProgramDefinition;
import cn.jiceng.demonstration.domain.ProgramDefinition.Indicator;
import cn.jiceng.demonstration.domain.Standard;
import cn.jiceng.demonstration.domain.StoredDefinition;
import cn.jiceng.demonstration.domain.StoredDefinitionRepository;
import cn.jiceng.organization.domain.OrgLevel;
import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.organization.service.OrgUnitService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Role;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Program definitions: importing and validating definition files (JSON, {@code programs/*.json}),
 * their versions, and the parsed definition of a version for the other services. A file that breaks
 * a rule is refused as a whole ({@link ImportRejectedException}, every problem with its message key;
 * nothing stored). A changed file of a known code becomes its next version; running programs keep
 * theirs. Parsed versions are cached by id: a version never changes once stored, so every node may
 * keep its copy.
 */
@Service
@Transactional
public class DefinitionService {

    /** Where the shipped definitions are on the classpath. */
    public static final String SHIPPED = "classpath*:programs/*.json";
    /** Who imports the shipped definitions. */
    public static final String SYSTEM = "system";

    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
            .configure(SerializationFeature.INDENT_OUTPUT, true);

    private final StoredDefinitionRepository definitions;
    private final IndicatorRowRepository indicators;
    private final DecisionService decisions;
    private final OrgUnitService orgUnits;
    private final Map<Long, Standard> parsed = new ConcurrentHashMap<>();

    public DefinitionService(StoredDefinitionRepository definitions, IndicatorRowRepository indicators,
                             DecisionService decisions, OrgUnitService orgUnits) {
        this.definitions = definitions;
        this.indicators = indicators;
        this.decisions = decisions;
        this.orgUnits = orgUnits;
    }

    // ------------------------------------------------------------------ reading

    /** The newest version of every definition. */
    @Transactional(readOnly = true)
    public List<DefinitionSummary> latest() {
        return definitions.findLatest().stream().map(DefinitionService::summary).toList();
    }

    /** Every version of a definition code, newest first. */
    @Transactional(readOnly = true)
    public List<DefinitionSummary> versions(String code) {
        return definitions.findByCodeOrderByDefinitionVersionDesc(code).stream().map(DefinitionService::summary).toList();
    }

    @Transactional(readOnly = true)
    public DefinitionSummary summary(long definitionId) {
        return summary(stored(definitionId));
    }

    /** The newest version of a code. */
    @Transactional(readOnly = true)
    public DefinitionSummary latest(String code) {
        return definitions.findFirstByCodeOrderByDefinitionVersionDesc(code).map(DefinitionService::summary)
                .orElseThrow(() -> new DemonstrationInputException("definition", "demonstration.error.noDefinition", code));
    }

    /** The parsed definition of a version. */
    @Transactional(readOnly = true)
    public ProgramDefinition definition(long definitionId) {
        return standard(definitionId).definition();
    }

    /** The indexed standard of a version (items in order, categories). */
    @Transactional(readOnly = true)
    public Standard standard(long definitionId) {
        Standard s = parsed.get(definitionId);
        if (s == null) {
            s = new Standard(parse(stored(definitionId).getContent()));
            parsed.put(definitionId, s);
        }
        return s;
    }

    /** The file of a version as stored (UTF-8 JSON), e.g. to download and edit it. */
    @Transactional(readOnly = true)
    public byte[] file(long definitionId) {
        return stored(definitionId).getContent();
    }

    /** A definition as JSON in the shipped files' layout (for the editor's "save as file"). */
    public static byte[] toJson(ProgramDefinition definition) {
        try {
            return JSON.writeValueAsBytes(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    // ------------------------------------------------------------------ checking and importing

    /** Every problem of a file, without storing anything (empty: the file may be imported). */
    // not read-only: the reward-scheme check evaluates the subsidy DMN, whose history the engine writes
    // (MySQL refuses that on a read-only connection; the indicator editor calls this on every change)
    @Transactional
    public List<ImportError> check(byte[] json) {
        try {
            ProgramDefinition d = parse(json);
            List<ImportError> errors = new ArrayList<>(DefinitionValidator.validate(d));
            if (errors.isEmpty()) {
                errors.addAll(checkRewardScheme(d));
            }
            return errors;
        } catch (ImportRejectedException e) {
            return e.getErrors();
        }
    }

    /** Every problem of an edited definition (the editor builds the record tree). */
    @Transactional
    public List<ImportError> check(ProgramDefinition definition) {
        return check(toJson(definition));
    }

    /**
     * Imports a definition file: refused as a whole when it breaks a rule; the next version of its
     * code when it differs from the newest; the newest itself when it is the same file.
     * Who may: administrators, and reviewers or leaders of a city or province (the leading group's office).
     */
    public DefinitionImport importFile(AppUser user, byte[] json) {
        requireEditor(user);
        return store(json, user.getUsername());
    }

    /** Saves an edited definition as the next version of its code (same rules as a file). */
    public DefinitionImport save(AppUser user, ProgramDefinition definition) {
        return importFile(user, toJson(definition));
    }

    /** Imports the shipped definitions ({@code programs/*.json}) that are not stored yet; returns how many were. */
    public int importShipped() {
        int stored = 0;
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(SHIPPED)) {
                try (InputStream in = r.getInputStream()) {
                    byte[] content = in.readAllBytes();
                    ProgramDefinition d = parse(content);
                    if (definitions.findFirstByCodeOrderByDefinitionVersionDesc(d.code()).isEmpty()) {
                        store(content, SYSTEM);
                        stored++;
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the shipped program definitions", e);
        }
        return stored;
    }

    /** Who may import and edit definitions. */
    public boolean mayEdit(AppUser user) {
        if (user == null) {
            return false;
        }
        if (user.hasRole(Role.ADMIN)) {
            return true;
        }
        if (!(user.hasRole(Role.REVIEWER) || user.hasRole(Role.LEADER)) || user.getUnitCode() == null) {
            return false;
        }
        OrgLevel level = orgUnits.findByCode(user.getUnitCode()).map(OrgUnit::getLevel).orElse(null);
        return level == OrgLevel.PROVINCE || level == OrgLevel.CITY || level == OrgLevel.COUNTY;
    }

    private void requireEditor(AppUser user) {
        if (!mayEdit(user)) {
            throw new AccessDeniedException("user may not edit program definitions");
        }
    }

    private DefinitionImport store(byte[] json, String username) {
        ProgramDefinition d = parse(json);
        List<ImportError> errors = new ArrayList<>(DefinitionValidator.validate(d));
        if (errors.isEmpty()) {
            errors.addAll(checkRewardScheme(d));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        String sha = sha256(json);
        var newest = definitions.findFirstByCodeOrderByDefinitionVersionDesc(d.code());
        if (newest.isPresent() && newest.get().getSha256().equals(sha)) {
            return new DefinitionImport(summary(newest.get()), true);
        }
        int version = newest.map(s -> s.getDefinitionVersion() + 1).orElse(1);
        StoredDefinition saved = definitions.save(new StoredDefinition(d.code(), version, d.name(), d.city(),
                d.targetLevel(), d.outcomeModel().name(), d.totalPoints(), d.items().size(), json, sha, username, now()));
        List<IndicatorRow> rows = new ArrayList<>();
        int order = 0;
        for (Indicator category : d.standard()) {
            rows.add(new IndicatorRow(saved.getId(), category.code(), null, category.code(), IndicatorRow.CATEGORY,
                    category.name(), category.points(), category.checkType(), category.classOrBasic(), false, order++));
            for (Indicator item : category.items()) {
                rows.add(new IndicatorRow(saved.getId(), item.code(), category.code(), category.code(), IndicatorRow.ITEM,
                        item.name(), item.maxPoints(), item.checkType(), item.classOrBasic(), item.isSurvey(), order++));
            }
        }
        indicators.saveAll(rows);
        return new DefinitionImport(summary(saved), false);
    }

    /** The reward scheme must be known to the subsidy table: some rule of it matches a possible outcome. */
    private List<ImportError> checkRewardScheme(ProgramDefinition d) {
        List<String> outcomes = new ArrayList<>();
        int flags = 0;
        if (d.outcomeModel() == OutcomeModel.FLAGS) {
            flags = d.outcome().flags().size();
            outcomes.add(OutcomeValue.flagsCode(flags));
        } else {
            d.outcome().levels().forEach(l -> outcomes.add(l.code()));
        }
        for (String outcome : outcomes) {
            if (SubsidyService.evaluate(decisions, d.rewards().scheme(), outcome, flags).isPresent()) {
                return List.of();
            }
        }
        return List.of(new ImportError(0, "demonstration.definition.error.unknownRewardScheme", "rewards.scheme",
                d.rewards().scheme()));
    }

    static ProgramDefinition parse(byte[] json) {
        if (json == null || json.length == 0) {
            throw reject("json", "", "empty");
        }
        try {
            ProgramDefinition d = JSON.readValue(json, ProgramDefinition.class);
            if (d == null) {
                throw reject("json", "", "empty");
            }
            return d;
        } catch (UnrecognizedPropertyException e) {
            throw reject("unknownField", e.getPathReference(), e.getPropertyName());
        } catch (IOException e) {
            String where = e instanceof JsonProcessingException j && j.getLocation() != null
                    ? j.getLocation().getLineNr() + ":" + j.getLocation().getColumnNr() : "";
            String detail = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw reject("json", where, detail);
        }
    }

    private static ImportRejectedException reject(String key, Object... args) {
        return new ImportRejectedException(List.of(new ImportError(0, "demonstration.definition.error." + key, args)));
    }

    private StoredDefinition stored(long id) {
        return definitions.findById(id)
                .orElseThrow(() -> new DemonstrationInputException("definition", "demonstration.error.noDefinition", id));
    }

    private static DefinitionSummary summary(StoredDefinition s) {
        return new DefinitionSummary(s.getId(), s.getCode(), s.getDefinitionVersion(), s.getName(), s.getCity(),
                s.getTargetLevel(), OutcomeModel.valueOf(s.getOutcomeModel()), s.getTotalPoints(), s.getItemCount(),
                s.getImportedBy(), s.getImportedAt());
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static BigDecimal zeroIfNull(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}

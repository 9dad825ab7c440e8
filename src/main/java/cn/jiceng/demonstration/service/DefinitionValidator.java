package cn.jiceng.demonstration.service;

import cn.jiceng.common.importing.ImportError;
import cn.jiceng.demonstration.domain.CheckType;
import cn.jiceng.demonstration.domain.IndicatorClass;
import cn.jiceng.demonstration.domain.OutcomeModel;
import cn.jiceng.demonstration.domain.OutcomeValue;
import cn.jiceng.demonstration.domain.ProgramDefinition;
import cn.jiceng.demonstration.domain.ProgramDefinition.Flag;
import cn.jiceng.demonstration.domain.ProgramDefinition.Indicator;
import cn.jiceng.demonstration.domain.ProgramDefinition.Level;
import cn.jiceng.demonstration.domain.ProgramDefinition.Quota;
import cn.jiceng.demonstration.domain.ProgramDefinition.Selector;
import cn.jiceng.demonstration.domain.QuotaScope;
import cn.jiceng.organization.domain.OrgLevel;
import cn.jiceng.organization.domain.UnitType;
import cn.jiceng.security.domain.Department;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a definition must keep before it is stored: every problem is collected (row 0, the JSON
 * path as the first argument) so that the file can be fixed in one go. Messages are keys of the
 * bundles ({@code demonstration.definition.error.*}).
 */
final class DefinitionValidator {

    static final Pattern PROGRAM_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");
    static final Pattern INDICATOR_CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    static final int MAX_ITEMS = 1000;
    static final int MAX_SCORERS = 15;

    private final List<ImportError> errors = new ArrayList<>();

    private DefinitionValidator() {
    }

    static List<ImportError> validate(ProgramDefinition d) {
        DefinitionValidator v = new DefinitionValidator();
        v.check(d);
        return v.errors;
    }

    private void error(String key, Object... args) {
        errors.add(new ImportError(0, "demonstration.definition.error." + key, args));
    }

    private void check(ProgramDefinition d) {
        if (d.format() == null || d.format() != ProgramDefinition.FORMAT) {
            error("format", "format", d.format(), ProgramDefinition.FORMAT);
        }
        if (d.code() == null || !PROGRAM_CODE.matcher(d.code()).matches()) {
            error("code", "code", d.code());
        }
        text("name", d.name(), 200, true);
        text("city", d.city(), 100, false);
        text("note", d.note(), 4000, false);
        OrgLevel target = level("targetLevel", d.targetLevel(), true);
        if (d.targetTypes() != null) {
            for (String t : d.targetTypes()) {
                UnitType type = Arrays.stream(UnitType.values()).filter(u -> u.name().equals(t)).findFirst().orElse(null);
                if (type == null || target != null && !target.allowedTypes().contains(type)) {
                    error("unitType", "targetTypes", t, d.targetLevel());
                }
            }
        }
        checkLevels(d, target);
        checkMemberUnits(d);
        if (d.scoring() == null || d.scoring().scorers() == null || d.scoring().rule() == null) {
            error("required", "scoring");
        } else if (d.scoring().scorers() < 1 || d.scoring().scorers() > MAX_SCORERS) {
            error("scorers", "scoring.scorers", d.scoring().scorers(), MAX_SCORERS);
        }
        Set<String> categories = checkStandard(d);
        Set<String> outcomeCodes = checkOutcome(d, categories);
        Set<String> attributes = new HashSet<>();
        for (ProgramDefinition.Attribute a : d.attributeList()) {
            if (a.code() == null || !INDICATOR_CODE.matcher(a.code()).matches() || !attributes.add(a.code())) {
                error("attribute", "attributes", a.code());
            }
            text("attributes.name", a.name(), 100, true);
        }
        if (d.spotCheck() != null) {
            share("spotCheck.share", d.spotCheck().share());
            selector("spotCheck.select", d.spotCheck().select(), d, outcomeCodes, attributes);
        }
        if (d.step(ProgramDefinition.Steps::spotCheck) && (d.spotCheck() == null || d.spotCheck().share() == null
                || d.spotCheck().share().signum() <= 0)) {
            error("spotCheckShare", "spotCheck.share");
        }
        if (d.weak() != null) {
            share("weak.minShare", d.weak().minShare());
            if (d.weak().maxScore() == null || d.weak().maxScore().signum() < 0
                    || d.totalPoints() != null && d.weak().maxScore().compareTo(d.totalPoints()) > 0) {
                error("threshold", "weak.maxScore", d.weak().maxScore(), d.totalPoints());
            }
        }
        checkQuotas(d, outcomeCodes, attributes);
        if (d.rewards() == null || d.rewards().scheme() == null || d.rewards().scheme().isBlank()) {
            error("required", "rewards.scheme");
        } else if (d.rewards().awards() != null) {
            for (int i = 0; i < d.rewards().awards().size(); i++) {
                ProgramDefinition.Award a = d.rewards().awards().get(i);
                selector("rewards.awards[" + i + "].select", a.select(), d, outcomeCodes, attributes);
                text("rewards.awards[" + i + "].text", a.text(), 200, true);
            }
        }
        checkSchedule(d);
    }

    private void text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                error("required", field);
            }
        } else if (value.length() > max) {
            error("tooLong", field, max);
        }
    }

    private OrgLevel level(String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                error("required", field);
            }
            return null;
        }
        return Arrays.stream(OrgLevel.values()).filter(l -> l.name().equals(value)).findFirst().orElseGet(() -> {
            error("unknownLevel", field, value);
            return null;
        });
    }

    private void checkLevels(ProgramDefinition d, OrgLevel target) {
        if (d.levels() == null) {
            error("required", "levels");
            return;
        }
        OrgLevel office = level("levels.office", d.levels().office(), true);
        OrgLevel nominate = level("levels.nominate", d.levels().nominate(), true);
        OrgLevel score = level("levels.score", d.levels().score(), false);
        level("levels.spotCheck", d.levels().spotCheck(), false);
        level("levels.decide", d.levels().decide(), false);
        if (d.levels().acceptance() != null) {
            for (String a : d.levels().acceptance()) {
                level("levels.acceptance", a, true);
            }
        }
        if (office != null && nominate != null && !office.isAbove(nominate)) {
            error("levelOrder", "levels.nominate", nominate, office);
        }
        if (nominate != null && target != null && !nominate.isAbove(target)) {
            error("levelOrder", "targetLevel", target, nominate);
        }
        if (score != null && target != null && !score.isAbove(target)) {
            error("levelOrder", "levels.score", target, score);
        }
    }

    private void checkMemberUnits(ProgramDefinition d) {
        Set<String> seen = new HashSet<>();
        for (String m : d.memberUnitCodes()) {
            if (Department.ofCode(m).isEmpty()) {
                error("unknownDepartment", "memberUnits", m);
            } else if (!seen.add(m)) {
                error("duplicateCode", "memberUnits", m);
            }
        }
        if (d.step(ProgramDefinition.Steps::memberReview) && seen.isEmpty()) {
            error("memberUnitsMissing", "memberUnits");
        }
    }

    /** The standard: codes, nesting, points of the items against their category and the total. */
    private Set<String> checkStandard(ProgramDefinition d) {
        Set<String> categories = new HashSet<>();
        if (d.standard() == null || d.standard().isEmpty()) {
            error("required", "standard");
            return categories;
        }
        Set<String> codes = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        int items = 0;
        boolean surveyItems = false;
        for (Indicator category : d.standard()) {
            String path = "standard." + category.code();
            code(path, category.code(), codes);
            text(path + ".name", category.name(), 300, true);
            if (!category.isCategory() || category.items().isEmpty()) {
                error("emptyCategory", path);
                continue;
            }
            categories.add(category.code());
            BigDecimal itemSum = BigDecimal.ZERO;
            for (Indicator item : category.items()) {
                String itemPath = path + "." + item.code();
                code(itemPath, item.code(), codes);
                text(itemPath + ".name", item.name(), 300, true);
                items++;
                if (item.isCategory()) {
                    error("nesting", itemPath);
                    continue;
                }
                if (item.points() != null) {
                    error("itemPoints", itemPath);
                }
                if (item.checkType() == CheckType.PASS_FAIL) {
                    if (item.maxPoints() != null) {
                        error("checkWithPoints", itemPath);
                    }
                    if (item.isSurvey()) {
                        error("surveyCheck", itemPath);
                    }
                } else {
                    if (item.maxPoints() == null || item.maxPoints().signum() <= 0) {
                        error("maxPoints", itemPath, item.maxPoints());
                    } else {
                        itemSum = itemSum.add(item.maxPoints());
                    }
                    if (item.classOrBasic() == IndicatorClass.BOTTOM_LINE) {
                        error("bottomLinePoints", itemPath);
                    }
                }
                surveyItems |= item.isSurvey();
            }
            BigDecimal declared = category.points() == null ? BigDecimal.ZERO : category.points();
            if (declared.compareTo(itemSum) != 0) {
                error("categoryPoints", path, category.code(), plain(declared), plain(itemSum));
            }
            sum = sum.add(declared);
        }
        if (items > MAX_ITEMS) {
            error("tooManyItems", "standard", items, MAX_ITEMS);
        }
        if (d.totalPoints() == null || d.totalPoints().compareTo(sum) != 0) {
            error("totalPoints", "totalPoints", d.totalPoints() == null ? null : plain(d.totalPoints()), plain(sum));
        }
        if (d.step(ProgramDefinition.Steps::survey) && !surveyItems) {
            error("surveyItemsMissing", "standard");
        }
        return categories;
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }

    private void code(String path, String code, Set<String> codes) {
        if (code == null || !INDICATOR_CODE.matcher(code).matches()) {
            error("indicatorCode", path, code);
        } else if (!codes.add(code)) {
            error("duplicateCode", path, code);
        }
    }

    private Set<String> checkOutcome(ProgramDefinition d, Set<String> categories) {
        Set<String> codes = new HashSet<>();
        if (d.outcome() == null || d.outcome().model() == null) {
            error("required", "outcome.model");
            return codes;
        }
        OutcomeModel model = d.outcome().model();
        if (model == OutcomeModel.FLAGS) {
            if (d.outcome().flags() == null || d.outcome().flags().isEmpty()) {
                error("required", "outcome.flags");
                return codes;
            }
            for (Flag f : d.outcome().flags()) {
                String path = "outcome.flags." + f.code();
                outcomeCode(path, f.code(), codes);
                text(path + ".name", f.name(), 100, true);
                if (f.category() == null || !categories.contains(f.category())) {
                    error("unknownCategory", path, f.category());
                } else if (f.minScore() == null || f.minScore().signum() < 0
                        || f.minScore().compareTo(d.category(f.category()).map(ProgramDefinition.Indicator::points)
                        .orElse(BigDecimal.ZERO)) > 0) {
                    error("threshold", path + ".minScore", f.minScore(), d.category(f.category())
                            .map(ProgramDefinition.Indicator::points).orElse(null));
                }
            }
            for (int n = 1; n <= d.outcome().flags().size(); n++) {
                codes.add(OutcomeValue.flagsCode(n));
            }
        } else {
            List<Level> levels = d.outcome().levels() == null ? List.of() : d.outcome().levels();
            if (levels.isEmpty() || model == OutcomeModel.SINGLE_TITLE && levels.size() != 1) {
                error("levels", "outcome.levels", model, levels.size());
            }
            BigDecimal previous = null;
            for (Level l : levels) {
                String path = "outcome.levels." + l.code();
                outcomeCode(path, l.code(), codes);
                text(path + ".name", l.name(), 100, true);
                if (l.minScore() != null && (l.minScore().signum() < 0
                        || d.totalPoints() != null && l.minScore().compareTo(d.totalPoints()) > 0)) {
                    error("threshold", path + ".minScore", l.minScore(), d.totalPoints());
                }
                if (l.minScore() != null && previous != null && l.minScore().compareTo(previous) >= 0) {
                    error("levelThresholdOrder", path + ".minScore", l.code());
                }
                if (l.minScore() == null && l.maxFailedChecks() == null) {
                    error("levelRule", path);
                }
                previous = l.minScore();
            }
            if (d.outcome().flags() != null && !d.outcome().flags().isEmpty()) {
                error("flagsWithoutModel", "outcome.flags", model);
            }
        }
        return codes;
    }

    private void outcomeCode(String path, String code, Set<String> codes) {
        if (code == null || !INDICATOR_CODE.matcher(code).matches() || OutcomeValue.NONE.equals(code)
                || OutcomeValue.DISQUALIFIED.equals(code) || code.startsWith(OutcomeValue.FLAGS_PREFIX)) {
            error("outcomeCode", path, code);
        } else if (!codes.add(code)) {
            error("duplicateCode", path, code);
        }
    }

    private void share(String field, BigDecimal share) {
        if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
            error("share", field, share);
        }
    }

    private void selector(String path, Selector s, ProgramDefinition d, Set<String> outcomeCodes, Set<String> attributes) {
        if (s == null) {
            return;
        }
        if (s.outcomes() != null) {
            for (String o : s.outcomes()) {
                if (!outcomeCodes.contains(o)) {
                    error("unknownOutcome", path, o);
                }
            }
        }
        boolean flagModel = d.outcomeModel() == OutcomeModel.FLAGS;
        int flags = flagModel && d.outcome().flags() != null ? d.outcome().flags().size() : 0;
        for (Integer n : new Integer[] {s.minFlags(), s.flags()}) {
            if (n != null && (!flagModel || n < 1 || n > flags)) {
                error("flagCount", path, n, flags);
            }
        }
        if (s.attribute() != null && !attributes.contains(s.attribute())) {
            error("unknownAttribute", path, s.attribute());
        }
        if (Boolean.TRUE.equals(s.weak()) && d.weak() == null) {
            error("weakUndefined", path);
        }
    }

    private void checkQuotas(ProgramDefinition d, Set<String> outcomeCodes, Set<String> attributes) {
        Set<String> codes = new HashSet<>();
        for (Quota q : d.quotaList()) {
            String path = "quotas." + q.code();
            if (q.code() == null || !INDICATOR_CODE.matcher(q.code()).matches()) {
                error("indicatorCode", path, q.code());
            } else if (!codes.add(q.code())) {
                error("duplicateCode", path, q.code());
            }
            text(path + ".name", q.name(), 200, true);
            if (q.scope() == null) {
                error("required", path + ".scope");
            } else if (q.scope() == QuotaScope.PROGRAM && (q.counties() != null || q.exceptCounties() != null)) {
                error("quotaCounties", path);
            }
            if (q.min() == null && q.max() == null && q.minShare() == null && q.maxShare() == null) {
                error("quotaEmpty", path);
            }
            if (q.min() != null && q.min() < 0 || q.max() != null && q.max() < 0
                    || q.min() != null && q.max() != null && q.min() > q.max()) {
                error("quotaRange", path, q.min(), q.max());
            }
            share(path + ".minShare", q.minShare());
            share(path + ".maxShare", q.maxShare());
            if (q.minShare() != null && q.maxShare() != null && q.minShare().compareTo(q.maxShare()) > 0) {
                error("quotaRange", path, q.minShare(), q.maxShare());
            }
            selector(path + ".select", q.select(), d, outcomeCodes, attributes);
        }
    }

    private void checkSchedule(ProgramDefinition d) {
        if (d.schedule() == null) {
            error("required", "schedule");
            return;
        }
        for (var component : ProgramDefinition.Schedule.class.getRecordComponents()) {
            try {
                Integer days = (Integer) component.getAccessor().invoke(d.schedule());
                int max = "titleYears".equals(component.getName()) ? 20 : 365;
                if (days != null && (days < 1 || days > max)) {
                    error("days", "schedule." + component.getName(), days, max);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        if (d.schedule().publicityDays() != null && d.schedule().publicityDays() < 5) {
            error("publicityDays", "schedule.publicityDays", d.schedule().publicityDays());
        }
    }
}

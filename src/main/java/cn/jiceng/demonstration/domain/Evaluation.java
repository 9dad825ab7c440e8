package cn.jiceng.demonstration.domain;

import cn.jiceng.demonstration.domain.ProgramDefinition.Flag;
import cn.jiceng.demonstration.domain.ProgramDefinition.Indicator;
import cn.jiceng.demonstration.domain.ProgramDefinition.Level;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules that turn score lines into a result: combining several scorers' sheets per item by the
 * program's rule, totals per category, bottom-line failures, failed checks, flags earned and the
 * outcome. Pure functions over the definition, so the scoring sheet can show them live.
 */
public final class Evaluation {

    /** The result of one sheet or of the combined lines of a unit. */
    public record Result(BigDecimal total, Map<String, BigDecimal> categoryTotals, boolean bottomLineFailed,
                         List<String> failedBottomLines, int failedChecks, List<String> flags, String outcomeCode,
                         boolean weak, List<String> missing) {

        public int flagCount() {
            return flags.size();
        }
    }

    private Evaluation() {
    }

    /** Combines the values of several scorers for one points item by the rule (two decimals). */
    public static BigDecimal combine(ScoreRule rule, List<BigDecimal> values) {
        List<BigDecimal> v = values.stream().filter(Objects::nonNull).sorted().toList();
        if (v.isEmpty()) {
            return null;
        }
        return switch (rule) {
            case MEAN -> mean(v);
            case TRIMMED_MEAN -> v.size() >= 3 ? mean(v.subList(1, v.size() - 1)) : mean(v);
            case MEDIAN -> v.size() % 2 == 1 ? v.get(v.size() / 2).setScale(2, RoundingMode.HALF_UP)
                    : mean(v.subList(v.size() / 2 - 1, v.size() / 2 + 1));
        };
    }

    private static BigDecimal mean(List<BigDecimal> v) {
        return v.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(v.size()), 2, RoundingMode.HALF_UP);
    }

    /** A check passes when more than half of the scorers passed it (a tie fails). */
    public static Boolean combineCheck(List<Boolean> values) {
        List<Boolean> v = values.stream().filter(Objects::nonNull).toList();
        if (v.isEmpty()) {
            return null;
        }
        long passed = v.stream().filter(Boolean::booleanValue).count();
        return passed * 2 > v.size();
    }

    /**
     * The combined lines of a unit: team sheets combined per item by the rule, survey items from the
     * survey sheet (when there is one), comments of the team joined.
     */
    public static Map<String, ScoreLine> combineSheets(Standard standard, ScoreRule rule,
                                                       Collection<Map<String, ScoreLine>> teamSheets,
                                                       Map<String, ScoreLine> survey) {
        Map<String, ScoreLine> out = new LinkedHashMap<>();
        for (Indicator item : standard.items()) {
            if (item.isSurvey() && survey != null && survey.containsKey(item.code())) {
                out.put(item.code(), survey.get(item.code()));
                continue;
            }
            List<ScoreLine> lines = teamSheets.stream().map(s -> s.get(item.code())).filter(Objects::nonNull).toList();
            if (lines.isEmpty()) {
                continue;
            }
            if (item.checkType() == CheckType.PASS_FAIL) {
                out.put(item.code(), new ScoreLine(item.code(), null, combineCheck(lines.stream().map(ScoreLine::passed).toList()), null));
            } else {
                out.put(item.code(), new ScoreLine(item.code(), combine(rule, lines.stream().map(ScoreLine::points).toList()), null, null));
            }
        }
        return out;
    }

    /** Evaluates lines against the standard and the outcome model. */
    public static Result evaluate(Standard standard, Map<String, ScoreLine> lines) {
        ProgramDefinition d = standard.definition();
        BigDecimal total = BigDecimal.ZERO;
        Map<String, BigDecimal> categoryTotals = new LinkedHashMap<>();
        Map<String, Integer> failedByCategory = new LinkedHashMap<>();
        standard.categories().keySet().forEach(c -> categoryTotals.put(c, BigDecimal.ZERO));
        List<String> failedBottom = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int failedChecks = 0;
        for (Indicator item : standard.items()) {
            ScoreLine line = lines.get(item.code());
            String category = standard.categoryOf(item.code());
            if (item.checkType() == CheckType.PASS_FAIL) {
                Boolean passed = line == null ? null : line.passed();
                if (passed == null) {
                    missing.add(item.code());
                } else if (!passed) {
                    if (item.classOrBasic() == IndicatorClass.BOTTOM_LINE) {
                        failedBottom.add(item.code());
                    } else {
                        failedChecks++;
                        failedByCategory.merge(category, 1, Integer::sum);
                    }
                }
            } else {
                BigDecimal p = line == null ? null : line.points();
                if (p == null) {
                    missing.add(item.code());
                } else {
                    total = total.add(p);
                    categoryTotals.merge(category, p, BigDecimal::add);
                }
            }
        }
        boolean bottom = !failedBottom.isEmpty();
        List<String> flags = new ArrayList<>();
        String outcome;
        if (bottom) {
            outcome = OutcomeValue.DISQUALIFIED;
        } else if (d.outcomeModel() == OutcomeModel.FLAGS) {
            for (Flag flag : d.outcome().flags()) {
                BigDecimal score = categoryTotals.getOrDefault(flag.category(), BigDecimal.ZERO);
                if (score.compareTo(flag.minScore()) >= 0 && failedByCategory.getOrDefault(flag.category(), 0) == 0) {
                    flags.add(flag.code());
                }
            }
            outcome = OutcomeValue.flagsCode(flags.size());
        } else {
            outcome = OutcomeValue.NONE;
            for (Level level : d.outcome().levels()) {
                boolean scoreOk = level.minScore() == null || total.compareTo(level.minScore()) >= 0;
                boolean checksOk = level.maxFailedChecks() == null || failedChecks <= level.maxFailedChecks();
                if (scoreOk && checksOk) {
                    outcome = level.code();
                    break;
                }
            }
        }
        boolean weak = d.weak() != null && d.weak().maxScore() != null && !bottom
                && total.compareTo(d.weak().maxScore()) < 0;
        return new Result(total.setScale(2, RoundingMode.HALF_UP), categoryTotals, bottom, failedBottom, failedChecks,
                flags, outcome, weak, missing);
    }
}

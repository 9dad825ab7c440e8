package cn.jiceng.demonstration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.demonstration.domain.Evaluation;
import cn.jiceng.demonstration.domain.OutcomeValue;
import cn.jiceng.demonstration.domain.ProgramDefinition;
import cn.jiceng.demonstration.domain.ScoreLine;
import cn.jiceng.demonstration.domain.ScoreRule;
import cn.jiceng.demonstration.domain.Standard;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scoring rules on the shipped definitions: combination rules, flags, levels, bottom line, weak units. */
class EvaluationTest {

    static ProgramDefinition shipped(String code) throws IOException {
        return new ObjectMapper().configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
                .readValue(Files.readAllBytes(Path.of("programs", code + ".json")), ProgramDefinition.class);
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** Every item at the given share of its maximum; every check passed. */
    static Map<String, ScoreLine> uniform(Standard s, String share) {
        Map<String, ScoreLine> lines = new LinkedHashMap<>();
        for (var item : s.items()) {
            lines.put(item.code(), item.maxPoints() == null ? ScoreLine.check(item.code(), true)
                    : ScoreLine.points(item.code(), item.maxPoints().multiply(d(share)).setScale(2, java.math.RoundingMode.HALF_UP)));
        }
        return lines;
    }

    @Test
    void meanTrimmedMeanAndMedianCombineScorersAsConfigured() {
        List<BigDecimal> v = List.of(d("8"), d("10"), d("3"), d("9"), d("9"));
        assertThat(Evaluation.combine(ScoreRule.MEAN, v)).isEqualByComparingTo("7.80");
        // trimmed mean drops the highest (10) and the lowest (3)
        assertThat(Evaluation.combine(ScoreRule.TRIMMED_MEAN, v)).isEqualByComparingTo("8.67");
        assertThat(Evaluation.combine(ScoreRule.MEDIAN, v)).isEqualByComparingTo("9");
        assertThat(Evaluation.combine(ScoreRule.MEDIAN, List.of(d("4"), d("6")))).isEqualByComparingTo("5");
        // with two scorers there is nothing to trim
        assertThat(Evaluation.combine(ScoreRule.TRIMMED_MEAN, List.of(d("4"), d("6")))).isEqualByComparingTo("5");
        assertThat(Evaluation.combineCheck(List.of(true, false, true))).isTrue();
        assertThat(Evaluation.combineCheck(List.of(true, false))).as("a tie fails").isFalse();
    }

    @Test
    void fiveFlagProgramEarnsAFlagPerCategoryAtItsThreshold() throws IOException {
        Standard s = new Standard(shipped("yuncheng-wumian-hongqi-shequ"));
        Map<String, ScoreLine> lines = uniform(s, "0.9");
        Evaluation.Result all = Evaluation.evaluate(s, lines);
        assertThat(all.flags()).containsExactly("DJYL", "FWYZ", "LSYJ", "WMXH", "SHZL");
        assertThat(all.outcomeCode()).isEqualTo("FLAGS_5");
        assertThat(all.total()).isEqualByComparingTo("450");
        // 服务优质 falls to 80 of 100: below its 85 threshold, four flags remain
        for (String code : List.of("FWYZ1", "FWYZ2", "FWYZ3", "FWYZ4", "FWYZ5")) {
            lines.put(code, ScoreLine.points(code, d("16")));
        }
        Evaluation.Result four = Evaluation.evaluate(s, lines);
        assertThat(four.flags()).containsExactly("DJYL", "LSYJ", "WMXH", "SHZL");
        assertThat(OutcomeValue.of(four.outcomeCode(), false, List.of()).flags()).isEqualTo(4);
    }

    @Test
    void levelsFollowTheThresholdsAndAFailedBottomLineDisqualifies() throws IOException {
        Standard s = new Standard(shipped("changchun-xingfu-xiaoqu"));
        assertThat(Evaluation.evaluate(s, uniform(s, "0.96")).outcomeCode()).isEqualTo("BEST");
        assertThat(Evaluation.evaluate(s, uniform(s, "0.92")).outcomeCode()).isEqualTo("CITY");
        assertThat(Evaluation.evaluate(s, uniform(s, "0.85")).outcomeCode()).isEqualTo("COUNTY");
        Evaluation.Result low = Evaluation.evaluate(s, uniform(s, "0.5"));
        assertThat(low.outcomeCode()).isEqualTo(OutcomeValue.NONE);
        assertThat(low.weak()).as("below 60: a weak neighbourhood").isTrue();
        Map<String, ScoreLine> failed = uniform(s, "1");
        failed.put("AQ3", ScoreLine.check("AQ3", false));
        Evaluation.Result r = Evaluation.evaluate(s, failed);
        assertThat(r.bottomLineFailed()).isTrue();
        assertThat(r.failedBottomLines()).containsExactly("AQ3");
        assertThat(r.outcomeCode()).isEqualTo(OutcomeValue.DISQUALIFIED);
    }

    @Test
    void aChecklistProgramNeedsEveryCheckPassed() throws IOException {
        Standard s = new Standard(shipped("jilin-qiancun-shifan"));
        Map<String, ScoreLine> lines = uniform(s, "1");
        assertThat(Evaluation.evaluate(s, lines).outcomeCode()).isEqualTo("TITLE");
        lines.put("JY3", ScoreLine.check("JY3", false));
        Evaluation.Result oneHaveMissing = Evaluation.evaluate(s, lines);
        assertThat(oneHaveMissing.failedChecks()).isEqualTo(1);
        assertThat(oneHaveMissing.outcomeCode()).isEqualTo(OutcomeValue.NONE);
        lines.put("LW4", ScoreLine.check("LW4", false));
        assertThat(Evaluation.evaluate(s, lines).outcomeCode()).isEqualTo(OutcomeValue.DISQUALIFIED);
    }

    @Test
    void surveyItemsComeFromTheSurveySheetAndTeamSheetsCombinePerItem() throws IOException {
        Standard s = new Standard(shipped("weihai-jingzhi-xingfu"));
        Map<String, ScoreLine> a = uniform(s, "1");
        Map<String, ScoreLine> b = uniform(s, "0.5");
        Map<String, ScoreLine> survey = Map.of("F1", ScoreLine.points("F1", d("7")));
        Map<String, ScoreLine> combined = Evaluation.combineSheets(s, ScoreRule.MEAN, List.of(a, b), survey);
        assertThat(combined.get("A1").points()).isEqualByComparingTo("3");
        assertThat(combined.get("F1").points()).isEqualByComparingTo("7");
        assertThat(combined.get("B6").passed()).isTrue();
    }

    @Test
    void selectorsPickOutcomesByCodeFlagsAttributeAndWeakness() {
        OutcomeValue five = OutcomeValue.of("FLAGS_5", false, List.of());
        OutcomeValue old = OutcomeValue.of("CITY", false, List.of("OLD"));
        assertThat(five.matches(new ProgramDefinition.Selector(null, 3, null, null, null))).isTrue();
        assertThat(five.matches(new ProgramDefinition.Selector(null, null, 4, null, null))).isFalse();
        assertThat(old.matches(new ProgramDefinition.Selector(null, null, null, null, "OLD"))).isTrue();
        assertThat(old.matches(new ProgramDefinition.Selector(List.of("BEST", "CITY"), null, null, null, null))).isTrue();
        assertThat(OutcomeValue.of("NONE", true, List.of()).matches(new ProgramDefinition.Selector(null, null, null, true, null))).isTrue();
        assertThat(OutcomeValue.of("NONE", false, List.of()).matches(null)).isFalse();
    }
}

package cn.jiceng.demonstration.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A demonstration program (示范创建) as configuration: one JSON file per program in {@code programs/},
 * read with Jackson into this record tree (docs/demonstration.md describes every field). The
 * generic processes and the services take everything city-specific from here: the target units,
 * the standard (indicator tree), the outcome model, quotas, rewards, schedule, reviewing levels,
 * member units, scorers and their combination rule, the spot-check share and which steps run.
 * Immutable; {@code DefinitionService} validates it before it is stored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = false)
public record ProgramDefinition(
        Integer format,
        String code,
        String name,
        String city,
        String source,
        String note,
        /** The level of the units that take part (COMMUNITY, NEIGHBOURHOOD, STREET, …: {@code OrgLevel} names). */
        String targetLevel,
        /** Optional: only these unit types of that level ({@code UnitType} names, e.g. VILLAGE). */
        List<String> targetTypes,
        Levels levels,
        Steps steps,
        /** The member units of the joint review ({@code Department} codes), one parallel review each. */
        List<String> memberUnits,
        Scoring scoring,
        SpotCheck spotCheck,
        /** The points of the whole standard; the categories' points must add up to it. */
        BigDecimal totalPoints,
        List<Indicator> standard,
        Outcome outcome,
        Weak weak,
        List<Quota> quotas,
        Rewards rewards,
        Schedule schedule,
        /** Attributes a nomination may carry (e.g. 老旧小区), which quotas can count. */
        List<Attribute> attributes) {

    public static final int FORMAT = 1;

    /** A category (with {@code items}) or an item of the standard. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Indicator(String code, String name, BigDecimal points, BigDecimal maxPoints, CheckType check,
                            IndicatorClass indicatorClass, Boolean survey, String note, List<Indicator> items) {

        @JsonIgnore
        public boolean isCategory() {
            return items != null;
        }

        @JsonIgnore
        public CheckType checkType() {
            return check == null ? CheckType.POINTS : check;
        }

        @JsonIgnore
        public IndicatorClass classOrBasic() {
            return indicatorClass == null ? IndicatorClass.BASIC : indicatorClass;
        }

        @JsonIgnore
        public boolean isSurvey() {
            return Boolean.TRUE.equals(survey);
        }
    }

    /** Which level of the organisation does what. Codes are {@code OrgLevel} names. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Levels(String office, String nominate, String score, List<String> acceptance, String spotCheck,
                         String decide) {
    }

    /** Which optional steps of the generic processes run. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Steps(Boolean countyPlans, Boolean progressReports, Boolean selfAssessment, Boolean survey,
                        Boolean memberReview, Boolean spotCheck, Boolean dynamicManagement) {

        public static boolean on(Boolean b) {
            return Boolean.TRUE.equals(b);
        }
    }

    /** How many scorers of the evaluation team score each unit, and how their scores combine. */
    public record Scoring(Integer scorers, ScoreRule rule) {
    }

    /** The share of units with one of the given outcomes that the spot-check level re-scores. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SpotCheck(BigDecimal share, Selector select) {
    }

    /**
     * The outcome model: {@code SINGLE_TITLE} (one entry in {@code levels}), {@code LEVELS} (several,
     * highest first, by score thresholds) or {@code FLAGS} (independent titles, each earned by the
     * score of its own category).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Outcome(OutcomeModel model, List<Level> levels, List<Flag> flags) {
    }

    /** A title or level: awarded when the total reaches {@code minScore} and at most {@code maxFailedChecks} checks failed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Level(String code, String name, BigDecimal minScore, Integer maxFailedChecks) {
    }

    /** An independent title earned when the score of its category reaches {@code minScore} and none of its checks failed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Flag(String code, String name, String category, BigDecimal minScore) {
    }

    /** Weak units (薄弱): below {@code maxScore}; at least {@code minShare} of the candidates are named weak. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Weak(String name, BigDecimal maxScore, BigDecimal minShare) {
    }

    /**
     * Which outcomes something applies to: outcome codes, a minimum (or exact) flag count, weak
     * units, nominations carrying an attribute. Empty: every awarded outcome.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Selector(List<String> outcomes, Integer minFlags, Integer flags, Boolean weak, String attribute) {
    }

    /**
     * A quota: per county (each county of the program, or only the listed ones, or all but the
     * excluded) or for the whole program; minimum and maximum counts or shares of the selected
     * outcomes; the share of all target units of the scope ({@code UNITS}) or of the nominations
     * ({@code NOMINATED}). A hard quota refuses, a soft one warns.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Quota(String code, String name, QuotaScope scope, List<String> counties, List<String> exceptCounties,
                        Selector select, Integer min, Integer max, BigDecimal minShare, BigDecimal maxShare,
                        QuotaBasis basis, Boolean hard) {

        @JsonIgnore
        public boolean isHard() {
            return Boolean.TRUE.equals(hard);
        }

        @JsonIgnore
        public QuotaBasis basisOrUnits() {
            return basis == null ? QuotaBasis.UNITS : basis;
        }
    }

    /**
     * Rewards: the subsidies come from the DMN table {@code demonstrationSubsidy}
     * (processes/demonstration-subsidy.dmn) for this {@code scheme}; {@code awards} describe what is
     * handed over (flag, plaque, certificate) per outcome, for the award list.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rewards(String scheme, List<Award> awards) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Award(Selector select, String text) {
    }

    /** Deadlines of the steps in working days (the creation period in working days too). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Schedule(Integer planDays, Integer nominationDays, Integer officeReviewDays, Integer creationDays,
                           Integer reportDays, Integer selfAssessmentDays, Integer scoringDays, Integer surveyDays,
                           Integer memberReviewDays, Integer acceptanceDays, Integer spotCheckDays, Integer proposalDays,
                           Integer publicityDays, Integer decisionDays, Integer rectificationDays, Integer reinspectionDays,
                           Integer revocationDays, Integer titleYears) {
    }

    public record Attribute(String code, String name) {
    }

    // ------------------------------------------------------------------ reading helpers

    /** Every item (leaf) of the standard, in order. */
    public List<Indicator> items() {
        List<Indicator> out = new ArrayList<>();
        if (standard != null) {
            standard.forEach(c -> collect(c, out));
        }
        return out;
    }

    private static void collect(Indicator node, List<Indicator> out) {
        if (node.isCategory()) {
            node.items().forEach(i -> collect(i, out));
        } else {
            out.add(node);
        }
    }

    /** Every node of the standard (categories and items), depth first. */
    public Stream<Indicator> nodes() {
        List<Indicator> out = new ArrayList<>();
        if (standard != null) {
            standard.forEach(c -> nodes(c, out));
        }
        return out.stream();
    }

    private static void nodes(Indicator node, List<Indicator> out) {
        out.add(node);
        if (node.isCategory()) {
            node.items().forEach(i -> nodes(i, out));
        }
    }

    public Optional<Indicator> category(String code) {
        return standard == null ? Optional.empty() : standard.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public OutcomeModel outcomeModel() {
        return outcome == null || outcome.model() == null ? OutcomeModel.SINGLE_TITLE : outcome.model();
    }

    public boolean step(java.util.function.Function<Steps, Boolean> which) {
        return steps != null && Steps.on(which.apply(steps));
    }

    public int scorerCount() {
        return scoring == null || scoring.scorers() == null ? 1 : scoring.scorers();
    }

    public ScoreRule scoreRule() {
        return scoring == null || scoring.rule() == null ? ScoreRule.MEAN : scoring.rule();
    }

    public List<String> memberUnitCodes() {
        return memberUnits == null ? List.of() : memberUnits;
    }

    public List<Quota> quotaList() {
        return quotas == null ? List.of() : quotas;
    }

    public List<Attribute> attributeList() {
        return attributes == null ? List.of() : attributes;
    }

    /** A deadline of the schedule in working days, or the given default. */
    public int days(java.util.function.Function<Schedule, Integer> which, int fallback) {
        Integer d = schedule == null ? null : which.apply(schedule);
        return d == null ? fallback : d;
    }

    /** A level of {@link Levels}, or the default. */
    public String level(java.util.function.Function<Levels, String> which, String fallback) {
        String l = levels == null ? null : which.apply(levels);
        return l == null ? fallback : l;
    }

    public List<String> acceptanceLevels() {
        return levels == null || levels.acceptance() == null ? List.of() : levels.acceptance();
    }
}

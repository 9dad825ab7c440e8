package cn.jiceng.recruitment.service;

import cn.jiceng.recruitment.domain.Applicant;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.Education;
import cn.jiceng.recruitment.domain.Post;
import cn.jiceng.recruitment.process.RecruitmentProcess;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

/**
 * The eligibility pre-screen (DMN {@code recruitmentEligibility}): age on the campaign's reference
 * date, education, major, fresh-graduate status, household registration. Explains; never rejects.
 */
@Service
public class EligibilityService {

    /** Graduates of the reference year and the two years before count as fresh (择业期). */
    public static final int FRESH_GRADUATE_YEARS = 2;

    private final DecisionService decisions;

    public EligibilityService(DecisionService decisions) {
        this.decisions = decisions;
    }

    public Eligibility check(Applicant applicant, Post post) {
        Campaign campaign = post.getCampaign();
        LocalDate reference = campaign.getReferenceDate();
        Map<String, Object> in = new HashMap<>();
        in.put("age", Period.between(applicant.birthDate(), reference).getYears());
        in.put("maxAge", post.getMaxAge());
        in.put("educationRank", applicant.getEducation().ordinal());
        in.put("requiredEducationRank", post.getMinEducation().ordinal());
        List<String> majors = post.majorList();
        in.put("majorListed", !majors.isEmpty());
        in.put("majorMatches", majors.stream().anyMatch(m -> matches(m, applicant.getMajor())));
        in.put("freshOnly", post.isFreshGraduatesOnly());
        in.put("freshGraduate", isFreshGraduate(applicant.getGraduationDate(), reference));
        in.put("householdRequired", post.getHouseholdCode() != null);
        in.put("householdMatches", post.getHouseholdCode() != null && applicant.getHouseholdCode() != null
                && applicant.getHouseholdCode().startsWith(post.getHouseholdCode()));
        List<Eligibility.Finding> findings = decisions.evaluateDecisionTableByKey(RecruitmentProcess.DECISION_ELIGIBILITY, in)
                .getResultList().stream()
                .map(r -> new Eligibility.Finding((String) r.get("code"), (String) r.get("message")))
                .toList();
        return new Eligibility(findings);
    }

    static boolean isFreshGraduate(LocalDate graduation, LocalDate reference) {
        return !graduation.isAfter(reference.plusYears(1)) && graduation.getYear() >= reference.getYear() - FRESH_GRADUATE_YEARS;
    }

    /** "计算机类" accepts any major naming it; otherwise exact names, ignoring "专业". */
    static boolean matches(String required, String major) {
        String r = required.replace("专业", "").trim();
        String m = major == null ? "" : major.replace("专业", "").trim();
        if (r.endsWith("类")) {
            return m.startsWith(r.substring(0, r.length() - 1)) || m.equals(r);
        }
        return r.equals(m);
    }

    static Education parse(String s) {
        return Education.parse(s);
    }
}

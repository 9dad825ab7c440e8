package cn.jiceng.recruitment.service;

import cn.jiceng.calendar.service.WorkingDayCalendar;
import cn.jiceng.organization.service.OrgUnitService;
import cn.jiceng.publicity.domain.PublicityOutcome;
import cn.jiceng.publicity.service.PublishRequest;
import cn.jiceng.recruitment.domain.Application;
import cn.jiceng.recruitment.domain.ApplicationRepository;
import cn.jiceng.recruitment.domain.ApplicationStatus;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.CampaignRepository;
import cn.jiceng.recruitment.domain.CampaignStatus;
import cn.jiceng.recruitment.domain.Post;
import cn.jiceng.recruitment.domain.PostRepository;
import cn.jiceng.recruitment.domain.SelectionStatus;
import cn.jiceng.recruitment.process.RecruitmentProcess;
import cn.jiceng.security.domain.AppUser;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaign after registration: post switching (改报), exams as HR tasks, the call of candidates
 * in rank order to the physical exam (体检, one 复检) and the inspection (考察), promotion (递补),
 * the publicity of the proposed hires, hiring, the closing report and the supplementary campaign.
 */
@Service
@Transactional
public class SelectionService {

    /** HR's verdict on one candidate at the physical exam, re-examination or inspection. */
    public enum Result {
        PASS, FAIL, REEXAM, WITHDRAWN;

        /** The verdicts of a step: a re-examination (复检) may be requested at the physical exam only, once. */
        public static List<Result> choices(boolean physicalExam) {
            return physicalExam ? List.of(PASS, FAIL, REEXAM, WITHDRAWN) : List.of(PASS, FAIL, WITHDRAWN);
        }
    }

    public record Verdict(long applicationId, Result result, String note) {
    }

    /** A candidate as HR sees it in a selection task (name, no ID number). */
    public record Candidate(long applicationId, String postCode, String postName, String admissionNo, String name,
                            java.math.BigDecimal writtenScore, java.math.BigDecimal interviewScore,
                            java.math.BigDecimal totalScore, Integer rank, SelectionStatus stage) {
    }

    /** One line of the closing report. */
    public record PostOutcome(String postCode, String postName, String unitName, Post.Status status, int openings,
                              long qualified, long hired) {
        public int unfilled() {
            return status == Post.Status.CANCELLED ? 0 : (int) Math.max(0, openings - hired);
        }
    }

    /** What the publicity sub-process publishes for the proposed hires. */
    public record Proposal(String title, String body, String contact, int workingDays, List<PublishRequest.Entry> entries) {
    }

    public static final int PUBLICITY_WORKING_DAYS = 7;

    /** Stages that hold a post's opening (not out of the running). */
    private static final Set<SelectionStatus> HOLDING = EnumSet.of(SelectionStatus.PHYSICAL_EXAM, SelectionStatus.REEXAM,
            SelectionStatus.INSPECTION, SelectionStatus.PROPOSED, SelectionStatus.PUBLICITY,
            SelectionStatus.PUBLICITY_SUSPENDED, SelectionStatus.PUBLICITY_PASSED, SelectionStatus.HIRED);

    private final CampaignRepository campaigns;
    private final PostRepository posts;
    private final ApplicationRepository applications;
    private final ExamService exams;
    private final RecruitmentService recruitment;
    private final WorkingDayCalendar calendar;
    private final OrgUnitService orgUnits;
    private final CampaignTasks campaignTasks;

    public SelectionService(CampaignRepository campaigns, PostRepository posts, ApplicationRepository applications,
                            ExamService exams, RecruitmentService recruitment,
                            WorkingDayCalendar calendar, OrgUnitService orgUnits, CampaignTasks campaignTasks) {
        this.campaigns = campaigns;
        this.posts = posts;
        this.applications = applications;
        this.exams = exams;
        this.recruitment = recruitment;
        this.calendar = calendar;
        this.orgUnits = orgUnits;
        this.campaignTasks = campaignTasks;
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static String iso(ZonedDateTime t) {
        return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private Campaign campaign(long id) {
        return campaigns.findById(id).orElseThrow();
    }

    // ------------------------------------------------------------------ post switching (改报)

    /** Opens the switching window for applicants of cancelled posts; returns its end (ISO) for the timer. */
    public String openSwitchWindow(long campaignId) {
        Campaign c = campaign(campaignId);
        ZonedDateTime end = calendar.deadline(now().atZone(WorkingDayCalendar.ZONE), c.getSwitchDays());
        c.setSwitchEnd(end.toInstant());
        c.setStatus(CampaignStatus.SWITCHING);
        return iso(end);
    }

    public void closeSwitchWindow(long campaignId) {
        campaign(campaignId).setStatus(CampaignStatus.QUALIFICATION);
    }

    // ------------------------------------------------------------------ exams (HR tasks)

    /**
     * Ends the qualification review: refused while applications are still being reviewed; gives every
     * qualified applicant an admission number (准考证号).
     */
    public int admitToExam(AppUser hr, String taskId) {
        var task = campaignTasks.check(hr, taskId, RecruitmentProcess.TASK_PREPARE_EXAM);
        Campaign c = campaignTasks.campaign(task);
        long inReview = applications.countByCampaignIdAndStatusIn(c.getId(), ApplicationStatus.IN_REVIEW);
        if (inReview > 0) {
            throw new RecruitmentInputException("applications", "selection.error.stillInReview", inReview);
        }
        int admitted = exams.assignAdmissionNumbers(c.getId());
        c.setStatus(CampaignStatus.EXAMS);
        campaignTasks.complete(hr, task, Map.of());
        return admitted;
    }

    /** Imports the written or interview scores of the task's campaign (the task says which); all or nothing. */
    public int importScores(AppUser hr, String taskId, byte[] content) {
        var task = campaignTasks.check(hr, taskId);
        ExamService.Kind kind = switch (task.step()) {
            case RecruitmentProcess.TASK_WRITTEN_SCORES -> ExamService.Kind.WRITTEN;
            case RecruitmentProcess.TASK_INTERVIEW_SCORES -> ExamService.Kind.INTERVIEW;
            default -> throw new RecruitmentInputException("task", "recruitment.error.wrongTask");
        };
        return exams.importScores(task.campaignId(), kind, content);
    }

    /** Confirms the imported scores (at least one) and completes the import task. */
    public void confirmScores(AppUser hr, String taskId) {
        var task = campaignTasks.check(hr, taskId);
        boolean written = RecruitmentProcess.TASK_WRITTEN_SCORES.equals(task.step());
        if (!written && !RecruitmentProcess.TASK_INTERVIEW_SCORES.equals(task.step())) {
            throw new RecruitmentInputException("task", "recruitment.error.wrongTask");
        }
        long campaignId = task.campaignId();
        boolean any = applications.findByCampaignIdAndStatus(campaignId, ApplicationStatus.QUALIFIED).stream()
                .anyMatch(a -> (written ? a.getWrittenScore() : a.getInterviewScore()) != null);
        if (!any) {
            throw new RecruitmentInputException("scores", "selection.error.noScores");
        }
        campaignTasks.complete(hr, task, Map.of());
    }

    /** Written scores and the interview shortlist become visible to the applicants. */
    public int publishWrittenScores(long campaignId) {
        Campaign c = campaign(campaignId);
        c.setWrittenPublished(true);
        int shortlisted = 0;
        for (Post p : openPosts(campaignId)) {
            shortlisted += exams.shortlist(p.getId()).size();
        }
        return shortlisted;
    }

    /** Totals and ranks per post; the ranking becomes visible to the applicants. */
    public void rankAll(long campaignId) {
        Campaign c = campaign(campaignId);
        for (Post p : openPosts(campaignId)) {
            exams.rank(p.getId());
        }
        c.setRankingPublished(true);
        c.setStatus(CampaignStatus.SELECTION);
    }

    private List<Post> openPosts(long campaignId) {
        return posts.findByCampaignIdOrderByPostCode(campaignId).stream()
                .filter(p -> p.getStatus() != Post.Status.CANCELLED).toList();
    }

    // ------------------------------------------------------------------ selection in rank order

    /** Per post, calls the next ranked candidates to the physical exam until its openings are held. */
    public int callCandidates(long campaignId) {
        int called = 0;
        for (Post p : openPosts(campaignId)) {
            List<Application> ranked = ranked(p);
            List<Application> reserves = reserves(ranked);
            int vacancies = vacancies(p, ranked);
            for (int i = 0; i < vacancies && i < reserves.size(); i++) {
                reserves.get(i).setStage(SelectionStatus.PHYSICAL_EXAM, null, now());
                called++;
            }
        }
        return called;
    }

    private List<Application> ranked(Post p) {
        return applications.findByPostIdAndStatusAndRankNotNullOrderByRankAscIdAsc(p.getId(), ApplicationStatus.QUALIFIED);
    }

    /** Ranked candidates not yet called. */
    private static List<Application> reserves(List<Application> ranked) {
        return ranked.stream().filter(a -> a.getStage() == null).toList();
    }

    /** Openings of the post not held by a candidate still in the running. */
    private static int vacancies(Post p, List<Application> ranked) {
        long holding = ranked.stream().filter(a -> a.getStage() != null && HOLDING.contains(a.getStage())).count();
        return (int) Math.max(0, p.getOpenings() - holding);
    }

    /** Whether the campaign promotes after the stage and some post has both a vacancy and a reserve. */
    @Transactional(readOnly = true)
    public boolean promote(long campaignId, Campaign.SelectionStage stage) {
        if (!campaign(campaignId).promotesAfter(stage)) {
            return false;
        }
        return openPosts(campaignId).stream().anyMatch(p -> {
            List<Application> ranked = ranked(p);
            return vacancies(p, ranked) > 0 && !reserves(ranked).isEmpty();
        });
    }

    /** The candidates a selection task is about. */
    @Transactional(readOnly = true)
    public List<Candidate> candidatesForTask(AppUser hr, String taskId) {
        var task = campaignTasks.check(hr, taskId);
        SelectionStatus stage = stageOfTask(task.step());
        return applications.findByCampaignIdAndStageOrderByPostIdAscRankAsc(task.campaignId(), stage).stream()
                .map(SelectionService::candidate).toList();
    }

    private static Candidate candidate(Application a) {
        return new Candidate(a.getId(), a.getPost().getPostCode(), a.getPost().getPostName(), a.getAdmissionNo(),
                a.getApplicant().getName(), a.getWrittenScore(), a.getInterviewScore(), a.getTotalScore(), a.getRank(),
                a.getStage());
    }

    private static SelectionStatus stageOfTask(String definitionKey) {
        return switch (definitionKey) {
            case RecruitmentProcess.TASK_PHYSICAL_EXAM -> SelectionStatus.PHYSICAL_EXAM;
            case RecruitmentProcess.TASK_REEXAM -> SelectionStatus.REEXAM;
            case RecruitmentProcess.TASK_INSPECTION -> SelectionStatus.INSPECTION;
            default -> throw new RecruitmentInputException("task", "recruitment.error.wrongTask");
        };
    }

    /**
     * Records HR's verdicts for every candidate of a physical-exam, re-examination or inspection task and
     * completes it. All candidates need a verdict the step allows; a failure or withdrawal needs a note.
     */
    public void recordVerdicts(AppUser hr, String taskId, List<Verdict> verdicts) {
        var task = campaignTasks.check(hr, taskId);
        String step = task.step();
        SelectionStatus stage = stageOfTask(step);
        long campaignId = task.campaignId();
        Map<Long, Application> due = new LinkedHashMap<>();
        applications.findByCampaignIdAndStageOrderByPostIdAscRankAsc(campaignId, stage).forEach(a -> due.put(a.getId(), a));
        List<Result> allowed = Result.choices(stage == SelectionStatus.PHYSICAL_EXAM);
        Map<Long, Verdict> byId = new HashMap<>();
        for (Verdict v : verdicts) {
            Application a = due.get(v.applicationId());
            if (a == null || v.result() == null || !allowed.contains(v.result())) {
                throw new RecruitmentInputException("verdict", "selection.error.badVerdict", v.applicationId());
            }
            String note = v.note() == null ? "" : v.note().strip();
            if (v.result() != Result.PASS && v.result() != Result.REEXAM && note.isEmpty()) {
                throw new RecruitmentInputException("note", "selection.error.noteRequired", a.getAdmissionNo());
            }
            if (note.length() > 500) {
                throw new RecruitmentInputException("note", "recruitment.error.noteTooLong", 500);
            }
            byId.put(a.getId(), new Verdict(a.getId(), v.result(), note.isEmpty() ? null : note));
        }
        if (!byId.keySet().containsAll(due.keySet())) {
            throw new RecruitmentInputException("verdict", "selection.error.missingVerdicts", due.size() - byId.size());
        }
        boolean reexams = false;
        for (Verdict v : byId.values()) {
            Application a = due.get(v.applicationId());
            SelectionStatus next = switch (v.result()) {
                case PASS -> stage == SelectionStatus.INSPECTION ? SelectionStatus.PROPOSED : SelectionStatus.INSPECTION;
                case FAIL -> stage == SelectionStatus.INSPECTION ? SelectionStatus.INSPECTION_FAILED : SelectionStatus.PHYSICAL_FAILED;
                case REEXAM -> SelectionStatus.REEXAM;
                case WITHDRAWN -> SelectionStatus.WITHDRAWN;
            };
            reexams |= next == SelectionStatus.REEXAM;
            a.setStage(next, v.note(), now());
        }
        Map<String, Object> vars = new HashMap<>();
        if (RecruitmentProcess.TASK_PHYSICAL_EXAM.equals(step)) {
            Campaign c = campaign(campaignId);
            vars.put(RecruitmentProcess.VAR_REEXAMS_REQUESTED, reexams);
            vars.put(RecruitmentProcess.VAR_REEXAM_DEADLINE,
                    iso(now().atZone(WorkingDayCalendar.ZONE).plusDays(c.getReexamDays())));
        }
        campaignTasks.complete(hr, task, vars);
    }

    /** Re-examinations not taken by the deadline count as failed. */
    public int concludePhysical(long campaignId) {
        List<Application> open = applications.findByCampaignIdAndStageOrderByPostIdAscRankAsc(campaignId, SelectionStatus.REEXAM);
        open.forEach(a -> a.setStage(SelectionStatus.PHYSICAL_FAILED, "复检逾期 re-examination not taken in time", now()));
        return open.size();
    }

    // ------------------------------------------------------------------ publicity and hire

    @Transactional(readOnly = true)
    public boolean anyProposed(long campaignId) {
        return applications.countByCampaignIdAndStage(campaignId, SelectionStatus.PROPOSED) > 0;
    }

    /** The proposed hires go on a publicity notice (拟聘用人员公示); only public data is published. */
    public Proposal proposeHires(long campaignId) {
        Campaign c = campaign(campaignId);
        List<PublishRequest.Entry> entries = new ArrayList<>();
        for (Application a : applications.findByCampaignIdAndStageOrderByPostIdAscRankAsc(campaignId, SelectionStatus.PROPOSED)) {
            a.setStage(SelectionStatus.PUBLICITY, null, now());
            Post p = a.getPost();
            entries.add(new PublishRequest.Entry(String.valueOf(a.getId()), a.getApplicant().getName(),
                    p.getUnitName() + " " + p.getPostName() + "（" + p.getPostCode() + "），准考证号 " + a.getAdmissionNo()
                            + "，综合成绩 " + a.getTotalScore().stripTrailingZeros().toPlainString()));
        }
        c.setStatus(CampaignStatus.PUBLICITY);
        String city = orgUnits.findByCode(c.getCityCode()).map(u -> u.getName()).orElse(c.getCityCode());
        String title = c.getName() + "拟聘用人员公示";
        String body = "根据" + c.getName() + "公告，经报名、资格审查、笔试、面试、体检和考察，现将拟聘用人员名单予以公示。"
                + "公示期间，对公示对象有异议的，可实名反映。";
        return new Proposal(title, body, city + "人力资源和社会保障局", PUBLICITY_WORKING_DAYS, entries);
    }

    /** Applies the publicity outcomes (entry ref = application id). */
    public void recordPublicity(long campaignId, Map<String, String> outcomes) {
        for (Application a : applications.findByCampaignIdAndStageOrderByPostIdAscRankAsc(campaignId, SelectionStatus.PUBLICITY)) {
            String outcome = outcomes.get(String.valueOf(a.getId()));
            a.setStage(stageAfter(outcome == null ? PublicityOutcome.NO_OBJECTION : PublicityOutcome.valueOf(outcome)), null, now());
        }
    }

    private static SelectionStatus stageAfter(PublicityOutcome outcome) {
        return switch (outcome) {
            case CANCELLED -> SelectionStatus.PUBLICITY_CANCELLED;
            case SUSPENDED -> SelectionStatus.PUBLICITY_SUSPENDED;
            case NO_OBJECTION, NO_IMPACT -> SelectionStatus.PUBLICITY_PASSED;
        };
    }

    @Transactional(readOnly = true)
    public boolean anySuspended(long campaignId) {
        return applications.countByCampaignIdAndStage(campaignId, SelectionStatus.PUBLICITY_SUSPENDED) > 0;
    }

    /** A suspended entry's investigation concluded: cancelled, or it passes. */
    public void recordInvestigation(long campaignId, String entryRef, String outcome) {
        Application a = applications.findById(Long.valueOf(entryRef)).orElseThrow();
        if (a.getCampaign().getId() == campaignId && a.getStage() == SelectionStatus.PUBLICITY_SUSPENDED) {
            PublicityOutcome o = outcome == null ? PublicityOutcome.NO_IMPACT : PublicityOutcome.valueOf(outcome);
            a.setStage(o == PublicityOutcome.CANCELLED ? SelectionStatus.PUBLICITY_CANCELLED : SelectionStatus.PUBLICITY_PASSED,
                    null, now());
        }
    }

    public int hire(long campaignId) {
        List<Application> passed = applications.findByCampaignIdAndStageOrderByPostIdAscRankAsc(campaignId,
                SelectionStatus.PUBLICITY_PASSED);
        passed.forEach(a -> a.setStage(SelectionStatus.HIRED, null, now()));
        campaign(campaignId).setStatus(CampaignStatus.HIRING);
        return passed.size();
    }

    // ------------------------------------------------------------------ report and close

    @Transactional(readOnly = true)
    public List<PostOutcome> report(long campaignId) {
        return posts.findByCampaignIdOrderByPostCode(campaignId).stream().map(this::outcome).toList();
    }

    private PostOutcome outcome(Post p) {
        return new PostOutcome(p.getPostCode(), p.getPostName(), p.getUnitName(), p.getStatus(), p.getOpenings(),
                applications.countByPostIdAndStatus(p.getId(), ApplicationStatus.QUALIFIED),
                ranked(p).stream().filter(a -> a.getStage() == SelectionStatus.HIRED).count());
    }

    @Transactional(readOnly = true)
    public List<PostOutcome> reportForTask(AppUser hr, String taskId) {
        return report(campaignTasks.check(hr, taskId, RecruitmentProcess.TASK_CLOSE_CAMPAIGN).campaignId());
    }

    /** Closes the campaign with its report; a supplementary campaign needs unfilled openings. */
    public void closeCampaign(AppUser hr, String taskId, boolean supplementary) {
        var task = campaignTasks.check(hr, taskId, RecruitmentProcess.TASK_CLOSE_CAMPAIGN);
        Campaign c = campaignTasks.campaign(task);
        List<PostOutcome> lines = report(c.getId());
        int unfilled = lines.stream().mapToInt(PostOutcome::unfilled).sum();
        if (supplementary && unfilled == 0) {
            throw new RecruitmentInputException("supplementary", "selection.error.nothingUnfilled");
        }
        StringBuilder text = new StringBuilder();
        long hired = 0;
        for (PostOutcome l : lines) {
            hired += l.hired();
            text.append(l.postCode()).append(' ').append(l.postName()).append(": ").append(l.status()).append(", openings ")
                    .append(l.openings()).append(", qualified ").append(l.qualified()).append(", hired ").append(l.hired())
                    .append(", unfilled ").append(l.unfilled()).append('\n');
        }
        text.insert(0, "posts " + lines.size() + ", hired " + hired + ", unfilled " + unfilled + "\n");
        c.close(now(), text.length() > 4000 ? text.substring(0, 3990) + "…" : text.toString());
        campaignTasks.complete(hr, task, Map.of(RecruitmentProcess.VAR_SUPPLEMENTARY, supplementary));
    }

    /** Starts the supplementary campaign for the unfilled openings; returns its id. */
    public long startSupplementary(long campaignId) {
        Map<Post, Integer> unfilled = new LinkedHashMap<>();
        for (Post p : posts.findByCampaignIdOrderByPostCode(campaignId)) {
            int openings = outcome(p).unfilled();
            if (openings > 0) {
                unfilled.put(p, openings);
            }
        }
        return recruitment.startSupplementary(campaignId, unfilled).getId();
    }
}

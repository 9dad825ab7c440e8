package cn.jiceng.recruitment.service;

import cn.jiceng.audit.service.PersonalDataAudit;
import cn.jiceng.calendar.service.WorkingDayCalendar;
import cn.jiceng.organization.domain.OrgLevel;
import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.organization.service.OrgUnitService;
import cn.jiceng.privacy.crypto.PersonalDataCipher;
import cn.jiceng.recruitment.domain.Applicant;
import cn.jiceng.recruitment.domain.ApplicantRepository;
import cn.jiceng.recruitment.domain.Application;
import cn.jiceng.recruitment.domain.ApplicationRepository;
import cn.jiceng.recruitment.domain.ApplicationStatus;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.CampaignRepository;
import cn.jiceng.recruitment.domain.CampaignStatus;
import cn.jiceng.recruitment.domain.Education;
import cn.jiceng.recruitment.domain.IdNumber;
import cn.jiceng.recruitment.domain.Post;
import cn.jiceng.recruitment.domain.PostRepository;
import cn.jiceng.recruitment.process.RecruitmentProcess;
import cn.jiceng.review.service.QueuedTask;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Department;
import cn.jiceng.security.domain.Role;
import cn.jiceng.security.service.RegionScopeService;
import cn.jiceng.security.service.UserService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recruitment campaigns, applicants and their applications through qualification review. Process
 * variables carry ids only; personal data stays in the tables. "Now" is the engine clock.
 */
@Service
@Transactional
public class RecruitmentService {

    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·]{2,20}|[A-Za-z .]{2,30}");
    /** A login that is an ID number or a phone would put personal data in plain text everywhere a login is named. */
    private static final Pattern PERSONAL_LOGIN = Pattern.compile("\\d{17}[\\dXx]|\\d{15}|1[3-9]\\d{9}");
    public static final int DEFAULT_REVIEW_DAYS = 5;

    private final CampaignRepository campaigns;
    private final PostRepository posts;
    private final ApplicantRepository applicants;
    private final ApplicationRepository applications;
    private final EligibilityService eligibility;
    private final UserService users;
    private final OrgUnitService orgUnits;
    private final RegionScopeService scope;
    private final ReviewTaskService tasks;
    private final RuntimeService runtime;
    private final WorkingDayCalendar calendar;
    private final PersonalDataAudit audit;
    private final CampaignTasks campaignTasks;
    private final PersonalDataCipher cipher;

    public RecruitmentService(CampaignRepository campaigns, PostRepository posts, ApplicantRepository applicants,
                              ApplicationRepository applications, EligibilityService eligibility, UserService users,
                              OrgUnitService orgUnits, RegionScopeService scope, ReviewTaskService tasks,
                              RuntimeService runtime, WorkingDayCalendar calendar, PersonalDataAudit audit,
                              CampaignTasks campaignTasks, PersonalDataCipher cipher) {
        this.campaigns = campaigns;
        this.posts = posts;
        this.applicants = applicants;
        this.applications = applications;
        this.eligibility = eligibility;
        this.users = users;
        this.orgUnits = orgUnits;
        this.scope = scope;
        this.tasks = tasks;
        this.runtime = runtime;
        this.calendar = calendar;
        this.audit = audit;
        this.campaignTasks = campaignTasks;
        this.cipher = cipher;
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    // ------------------------------------------------------------------ campaigns

    /** A city's HR department opens a campaign for its own city. */
    public Campaign createCampaign(AppUser hr, String code, String name, String cityCode, int year, int batch,
                                   LocalDate referenceDate, Instant registrationStart, Instant registrationEnd) {
        if (!hr.hasRole(Role.HR) && !hr.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("only HR creates campaigns");
        }
        OrgUnit city = orgUnits.findByCode(cityCode)
                .filter(u -> u.getLevel() == OrgLevel.CITY)
                .orElseThrow(() -> new RecruitmentInputException("cityCode", "recruitment.error.notACity", cityCode));
        scope.requireVisible(hr, city.getCode());
        if (code == null || !code.matches("[A-Za-z0-9\\-]{3,40}") || campaigns.findByCode(code).isPresent()) {
            throw new RecruitmentInputException("code", "recruitment.error.campaignCode", code);
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new RecruitmentInputException("name", "recruitment.error.campaignName");
        }
        requireRegistrationWindow(registrationStart, registrationEnd);
        Campaign campaign = new Campaign(code, name.trim(), city.getCode(), year, batch, referenceDate, now());
        campaign.setRegistrationWindow(registrationStart, registrationEnd);
        campaigns.save(campaign);
        campaigns.flush();
        startCampaignProcess(campaign, city);
        return campaign;
    }

    private void startCampaignProcess(Campaign campaign, OrgUnit city) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(RecruitmentProcess.VAR_CAMPAIGN_ID, campaign.getId());
        vars.put(RecruitmentProcess.VAR_TITLE, campaign.getName());
        vars.put(RecruitmentProcess.VAR_UNIT_CODE, city.getCode());
        vars.put(RecruitmentProcess.VAR_CITY_CODE, city.getCode());
        vars.put(RecruitmentProcess.VAR_PROVINCE_CODE, city.getParentCode());
        vars.put(RecruitmentProcess.VAR_REVIEW_DAYS, DEFAULT_REVIEW_DAYS);
        vars.put(RecruitmentProcess.VAR_REGISTRATION_START, iso(campaign.getRegistrationStart()));
        vars.put(RecruitmentProcess.VAR_REGISTRATION_END, iso(campaign.getRegistrationEnd()));
        campaign.setProcessInstanceId(runtime.startProcessInstanceByKey(RecruitmentProcess.CAMPAIGN_PROCESS_ID,
                campaign.getCode(), vars).getId());
    }

    /**
     * A supplementary campaign (补充招聘) for the unfilled openings of a closed one: same city and rules,
     * linked to its parent, registration a week from tomorrow; it is filed and reviewed like any plan.
     */
    public Campaign startSupplementary(long parentId, Map<Post, Integer> unfilled) {
        Campaign parent = campaigns.findById(parentId).orElseThrow();
        int n = 1;
        while (campaigns.findByCode(parent.getCode() + "-S" + n).isPresent()) {
            n++;
        }
        Campaign child = new Campaign(parent.getCode() + "-S" + n, parent.getName() + "（补充招聘）", parent.getCityCode(),
                parent.getYear(), parent.getBatch(), parent.getReferenceDate(), now());
        ZonedDateTime start = calendar.deadline(now().atZone(WorkingDayCalendar.ZONE), 1).withHour(8).withMinute(0);
        child.setRegistrationWindow(start.toInstant(), start.plusDays(7).withHour(17).toInstant());
        child.setParentCampaignId(parent.getId());
        child.copyRulesOf(parent);
        campaigns.save(child);
        unfilled.forEach((post, openings) -> posts.save(post.copyFor(child, openings)));
        campaigns.flush();
        startCampaignProcess(child, orgUnits.getByCode(parent.getCityCode()));
        return child;
    }

    private static String iso(Instant instant) {
        return instant.atZone(WorkingDayCalendar.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** HR sets the campaign's rules while the plan is a draft or was returned; all checked, nothing half-saved. */
    public void updateRules(AppUser hr, long campaignId, CampaignRules rules) {
        Campaign c = campaigns.findById(campaignId).orElseThrow();
        updateRules(hr, campaignId, rules, c.getRegistrationStart(), c.getRegistrationEnd());
    }

    /**
     * As {@link #updateRules(AppUser, long, CampaignRules)}, together with the registration window (also
     * that of a supplementary campaign, which starts with a default window): the timers of the campaign
     * process take the new dates, since they are created only once the province approves the plan.
     */
    public void updateRules(AppUser hr, long campaignId, CampaignRules rules, Instant registrationStart,
                            Instant registrationEnd) {
        Campaign c = campaigns.findById(campaignId).orElseThrow();
        if (!hr.hasRole(Role.HR) && !hr.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("only HR sets campaign rules");
        }
        scope.requireVisible(hr, c.getCityCode());
        if (c.getStatus() != CampaignStatus.DRAFT && c.getStatus() != CampaignStatus.RETURNED) {
            throw new RecruitmentInputException("rules", "recruitment.error.rulesFixed");
        }
        requireBetween("correctionDays", rules.correctionDays(), 1, 30);
        requireBetween("switchDays", rules.switchDays(), 1, 30);
        requireBetween("reexamDays", rules.reexamDays(), 1, 30);
        requireBetween("interviewMultiple", rules.interviewMultiple(), 1, 10);
        if (rules.openingRatio() == null || rules.openingRatio().compareTo(java.math.BigDecimal.ONE) < 0
                || rules.openingRatio().compareTo(java.math.BigDecimal.TEN) > 0) {
            throw new RecruitmentInputException("openingRatio", "recruitment.error.between", 1, 10);
        }
        if (rules.writtenWeight() == null || rules.interviewWeight() == null || rules.writtenWeight().signum() < 0
                || rules.interviewWeight().signum() < 0
                || rules.writtenWeight().add(rules.interviewWeight()).compareTo(java.math.BigDecimal.ONE) != 0) {
            throw new RecruitmentInputException("weights", "recruitment.error.weights");
        }
        if (rules.reviewLevel() == null || rules.tieBreak() == null) {
            throw new RecruitmentInputException("rules", "recruitment.error.decision");
        }
        boolean windowChanged = !java.util.Objects.equals(registrationStart, c.getRegistrationStart())
                || !java.util.Objects.equals(registrationEnd, c.getRegistrationEnd());
        requireRegistrationWindow(registrationStart, registrationEnd);
        if (windowChanged && !registrationEnd.isAfter(now())) {
            throw new RecruitmentInputException("registration", "recruitment.error.registrationOver");
        }
        if (windowChanged) {
            c.setRegistrationWindow(registrationStart, registrationEnd);
            runtime.setVariable(c.getProcessInstanceId(), RecruitmentProcess.VAR_REGISTRATION_START, iso(registrationStart));
            runtime.setVariable(c.getProcessInstanceId(), RecruitmentProcess.VAR_REGISTRATION_END, iso(registrationEnd));
        }
        c.setReviewLevel(rules.reviewLevel());
        c.setCorrectionDays(rules.correctionDays());
        c.setOpeningRatio(rules.openingRatio());
        c.setSwitchDays(rules.switchDays());
        c.setInterviewMultiple(rules.interviewMultiple());
        c.setWeights(rules.writtenWeight(), rules.interviewWeight());
        c.setTieBreak(rules.tieBreak());
        c.setReexamDays(rules.reexamDays());
        c.setPromotion(rules.promoteAfterPhysical(), rules.promoteAfterInspection(), rules.promoteAfterPublicity());
    }

    private static void requireRegistrationWindow(Instant start, Instant end) {
        if (start == null || end == null || !end.isAfter(start)) {
            throw new RecruitmentInputException("registration", "recruitment.error.registrationWindow");
        }
    }

    private static void requireBetween(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new RecruitmentInputException(field, "recruitment.error.between", min, max);
        }
    }

    /** HR files the campaign's plan (with its post table) with the province. */
    public void filePlan(AppUser hr, String taskId) {
        var task = campaignTasks.check(hr, taskId, RecruitmentProcess.TASK_FILE_PLAN);
        Campaign campaign = campaignTasks.campaign(task);
        if (posts.findByCampaignIdOrderByPostCode(campaign.getId()).isEmpty()) {
            throw new RecruitmentInputException("posts", "recruitment.error.noPosts");
        }
        campaign.setStatus(CampaignStatus.FILED);
        campaign.setReviewOpinion(null);
        // each department's task may turn this into RETURN; the plan is approved only if none does
        campaignTasks.complete(hr, task, Map.of(RecruitmentProcess.VAR_DECISION, RecruitmentProcess.DECISION_APPROVE));
    }

    /**
     * One department's part of the province's joint review of a filed plan (备案联审: organisation,
     * staffing and HR departments, in parallel): approve, or return with an opinion. The plan is
     * approved when all approve; any return sends it back to the city with every opinion.
     */
    public void jointReview(AppUser reviewer, String taskId, String decision, String opinion) {
        var task = campaignTasks.check(reviewer, taskId, RecruitmentProcess.TASK_JOINT_REVIEW);
        if (!Set.of(RecruitmentProcess.DECISION_APPROVE, RecruitmentProcess.DECISION_RETURN).contains(decision)) {
            throw new RecruitmentInputException("decision", "recruitment.error.decision");
        }
        String text = opinion == null ? "" : opinion.strip();
        if (RecruitmentProcess.DECISION_RETURN.equals(decision) && text.isEmpty()) {
            throw new RecruitmentInputException("note", "recruitment.error.noteRequired");
        }
        Campaign campaign = campaignTasks.campaign(task);
        String department = jointReviewDepartmentOf(taskId);
        if (!text.isEmpty()) {
            String line = (department.isEmpty() ? "" : Department.ofCode(department).map(Department::chineseName)
                    .orElse(department) + "：") + text;
            String previous = campaign.getReviewOpinion();
            String all = previous == null ? line : previous + "\n" + line;
            campaign.setReviewOpinion(all.length() > 1000 ? all.substring(0, 1000) : all);
        }
        // the opinion goes into the case's trail too, under the reviewer and their unit
        if (RecruitmentProcess.DECISION_RETURN.equals(decision)) {
            campaign.setStatus(CampaignStatus.RETURNED);
            campaignTasks.complete(reviewer, task, Map.of(RecruitmentProcess.VAR_DECISION, decision), text);
        } else {
            campaignTasks.complete(reviewer, task, Map.of(), text);
        }
    }

    /**
     * What the joint review's form shows besides the task's variables (forms/joint-review-verdict.form):
     * the department's name in the UI's language, the number of posts and openings of the plan, and
     * the opinions the other departments have given so far. For a task the workbench has checked.
     */
    @Transactional(readOnly = true)
    Map<String, Object> jointReviewDisplay(String checkedTaskId, java.util.Locale locale) {
        Map<String, Object> display = new HashMap<>();
        String code = jointReviewDepartmentOf(checkedTaskId);
        display.put("departmentName", Department.ofCode(code)
                .map(d -> cn.jiceng.common.i18n.TranslationProvider.translate("department." + d.name(), locale)).orElse(code));
        Object campaignId = tasks.taskVariable(checkedTaskId, RecruitmentProcess.VAR_CAMPAIGN_ID);
        if (campaignId instanceof Number id) {
            List<Post> plan = posts.findByCampaignIdOrderByPostCode(id.longValue());
            display.put("postCount", plan.size());
            display.put("openings", plan.stream().mapToInt(Post::getOpenings).sum());
            campaigns.findById(id.longValue()).map(Campaign::getReviewOpinion).filter(o -> !o.isBlank())
                    .ifPresent(o -> display.put("earlierOpinions", o.lines().filter(l -> !l.isBlank()).toList()));
        }
        return display;
    }

    /** A post below the opening ratio: keep it, reduce its openings, or cancel it (its applicants may switch posts). */
    public record RatioDecision(long postId, Post.Status action, Integer openings) {
    }

    /** HR's decisions on the posts below the opening ratio after registration closed. */
    public void decideRatios(AppUser hr, String taskId, List<RatioDecision> decisions) {
        var task = campaignTasks.check(hr, taskId, RecruitmentProcess.TASK_RATIO_DECISION);
        Campaign campaign = campaignTasks.campaign(task);
        for (RatioDecision d : decisions) {
            Post post = posts.findById(d.postId()).filter(p -> p.getCampaign().getId().equals(campaign.getId()))
                    .orElseThrow(() -> new RecruitmentInputException("post", "recruitment.error.noPost"));
            if (d.action() == Post.Status.REDUCED) {
                if (d.openings() == null || d.openings() < 1 || d.openings() >= post.getOpenings()) {
                    throw new RecruitmentInputException("openings", "recruitment.error.reduceOpenings", post.getPostCode());
                }
            }
        }
        boolean anyCancelled = false;
        for (RatioDecision d : decisions) {
            Post post = posts.findById(d.postId()).orElseThrow();
            post.setStatus(d.action());
            if (d.action() == Post.Status.REDUCED) {
                post.setOpenings(d.openings());
            }
            if (d.action() == Post.Status.CANCELLED) {
                anyCancelled = true;
                cancelApplicationsTo(post);
            }
        }
        campaign.setStatus(anyCancelled ? CampaignStatus.SWITCHING : CampaignStatus.EXAMS);
        campaignTasks.complete(hr, task, Map.of(RecruitmentProcess.VAR_POSTS_CANCELLED, anyCancelled));
    }

    /** The active applications of a cancelled post: their review stops and the applicants may switch (改报). */
    private void cancelApplicationsTo(Post post) {
        for (Application a : applications.findByPostIdAndStatusIn(post.getId(), ApplicationStatus.ACTIVE)) {
            a.setStatus(ApplicationStatus.POST_CANCELLED);
            runtime.createMessageCorrelation(RecruitmentProcess.MSG_POST_CANCELLED)
                    .processInstanceBusinessKey(String.valueOf(a.getId())).correlateAll();
        }
    }

    /**
     * The department a joint-review task is for: a {@link Department} code (ORGANIZATION, STAFFING,
     * HUMAN_RESOURCES), or the department's name in tasks created before the codes.
     */
    @Transactional(readOnly = true)
    public String jointReviewDepartment(AppUser user, String taskId) {
        tasks.requireInQueue(user, taskId);
        return jointReviewDepartmentOf(taskId);
    }

    private String jointReviewDepartmentOf(String taskId) {
        Object department = tasks.taskVariable(taskId, RecruitmentProcess.VAR_DEPARTMENT);
        return department == null ? "" : department.toString();
    }

    @Transactional(readOnly = true)
    public Campaign campaignForTask(AppUser user, String taskId) {
        return campaignTasks.campaign(campaignTasks.check(user, taskId));
    }

    /** Campaign steps of the process: announcement published, registration opened/closed. */
    public void campaignStatus(long campaignId, CampaignStatus status) {
        campaigns.findById(campaignId).orElseThrow().setStatus(status);
    }

    @Transactional(readOnly = true)
    public List<Post> posts(long campaignId) {
        return posts.findByCampaignIdOrderByPostCode(campaignId);
    }

    /** Campaigns whose registration window is open now, newest first. */
    @Transactional(readOnly = true)
    public List<Campaign> campaignsOpenForRegistration() {
        Instant now = now();
        return campaigns.findAll().stream().filter(c -> c.registrationOpenAt(now))
                .sorted(java.util.Comparator.comparing(Campaign::getCreatedAt).reversed()).toList();
    }

    /**
     * Where the applicant may apply now: campaigns with registration open, and campaigns in their
     * switching window (改报) where the applicant's post was cancelled.
     */
    @Transactional(readOnly = true)
    public List<Campaign> campaignsOpenFor(String username) {
        Instant now = now();
        List<Campaign> open = new java.util.ArrayList<>(campaignsOpenForRegistration());
        applicants.findByUsername(username).ifPresent(applicant ->
                applications.findByApplicantIdOrderBySubmittedAtDesc(applicant.getId()).stream()
                        .filter(a -> a.getStatus() == ApplicationStatus.POST_CANCELLED && a.getCampaign().switchOpenAt(now))
                        .map(Application::getCampaign).forEach(open::add));
        return open;
    }

    @Transactional(readOnly = true)
    public String campaignCode(long campaignId) {
        return campaigns.findById(campaignId).map(Campaign::getCode).orElse("");
    }

    /** The campaigns of the cities in the user's region (HR, leaders, admins). */
    @Transactional(readOnly = true)
    public List<Campaign> campaignsInScope(AppUser user) {
        return campaigns.findAll().stream().filter(c -> scope.canSeeUnit(user, c.getCityCode()))
                .sorted(java.util.Comparator.comparing(Campaign::getCreatedAt).reversed()).toList();
    }

    /** The campaign, if its city is in the user's region; otherwise {@code AccessDeniedException}. */
    @Transactional(readOnly = true)
    public Campaign visibleCampaign(AppUser user, long campaignId) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        scope.requireVisible(user, campaign.getCityCode());
        return campaign;
    }

    /** Per post of a campaign: applications by status, and whether the opening ratio is met. */
    @Transactional(readOnly = true)
    public List<PostCounts> postCounts(AppUser user, long campaignId) {
        Campaign campaign = visibleCampaign(user, campaignId);
        Map<Long, Map<ApplicationStatus, Long>> counts = new HashMap<>();
        for (Object[] row : applications.countsByPostAndStatus(campaignId)) {
            counts.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((ApplicationStatus) row[1], (Long) row[2]);
        }
        return posts.findByCampaignIdOrderByPostCode(campaignId).stream().map(p -> {
            Map<ApplicationStatus, Long> c = counts.getOrDefault(p.getId(), Map.of());
            long active = c.entrySet().stream().filter(e -> e.getKey().isActive())
                    .mapToLong(Map.Entry::getValue).sum();
            long qualified = c.getOrDefault(ApplicationStatus.QUALIFIED, 0L);
            boolean ratioMet = java.math.BigDecimal.valueOf(qualified)
                    .compareTo(campaign.getOpeningRatio().multiply(java.math.BigDecimal.valueOf(p.getOpenings()))) >= 0;
            return new PostCounts(p, active, qualified, ratioMet);
        }).toList();
    }

    /** Corrects the applicant's own profile (education, school, major, graduation, phone) — e.g. after a return. */
    public void updateProfile(String username, String phone, String education, String school, String major,
                              LocalDate graduationDate) {
        Applicant applicant = applicantOf(username);
        String checkedPhone = checkedPhone(phone);
        Education level = checkedProfile(education, school, major, graduationDate);
        applicant.updateProfile(checkedPhone, level, school.trim(), major.trim(), graduationDate);
    }

    private static String checkedPhone(String phone) {
        String p = phone == null ? "" : phone.trim();
        if (!PHONE.matcher(p).matches()) {
            throw new RecruitmentInputException("phone", "recruitment.error.phone");
        }
        return p;
    }

    /** Checks the education part of a profile (registration and later corrections alike); returns the level. */
    private static Education checkedProfile(String education, String school, String major, LocalDate graduationDate) {
        Education level = Education.parse(education);
        if (level == null) {
            throw new RecruitmentInputException("education", "recruitment.error.education");
        }
        if (school == null || school.isBlank() || major == null || major.isBlank()) {
            throw new RecruitmentInputException("school", "recruitment.error.schoolAndMajor");
        }
        if (graduationDate == null || graduationDate.isAfter(LocalDate.now(WorkingDayCalendar.ZONE).plusYears(1))) {
            throw new RecruitmentInputException("graduationDate", "recruitment.error.graduationDate");
        }
        return level;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Applicant> applicant(String username) {
        return applicants.findByUsername(username);
    }

    // ------------------------------------------------------------------ applicants

    /** Registers an applicant: a login (role APPLICANT) and the real-name identity. */
    public Applicant registerApplicant(NewApplicant spec) {
        String idNumber = IdNumber.normalise(spec.idNumber());
        IdNumber.problem(idNumber).ifPresent(key -> {
            throw new RecruitmentInputException("idNumber", key);
        });
        String idNumberHash = cipher.hash(idNumber);
        if (applicants.existsByIdNumberHash(idNumberHash)) {
            throw new RecruitmentInputException("idNumber", "recruitment.error.idRegistered");
        }
        if (spec.username() != null && PERSONAL_LOGIN.matcher(spec.username().trim()).matches()) {
            throw new RecruitmentInputException("username", "privacy.error.loginIsPersonalData");
        }
        String name = spec.name() == null ? "" : spec.name().trim();
        if (!NAME.matcher(name).matches()) {
            throw new RecruitmentInputException("name", "recruitment.error.name");
        }
        String phone = checkedPhone(spec.phone());
        Education education = checkedProfile(spec.education(), spec.school(), spec.major(), spec.graduationDate());
        users.create(new UserService.NewUser(spec.username(), spec.password(), name, null, Set.of(Role.APPLICANT)));
        return applicants.save(new Applicant(spec.username().trim(), name, idNumber, idNumberHash, phone, education,
                spec.school().trim(),
                spec.major().trim(), spec.graduationDate(),
                spec.householdCode() == null || spec.householdCode().isBlank() ? null : spec.householdCode().trim(), now()));
    }

    private Applicant applicantOf(String username) {
        return applicants.findByUsername(username)
                .orElseThrow(() -> new RecruitmentInputException("applicant", "recruitment.error.notRegistered"));
    }

    /**
     * The DMN pre-screen for a post, before applying: what is not met, explained. Not read-only:
     * the engine records each decision evaluation in its history.
     */
    public Eligibility prescreen(String username, long postId) {
        return eligibility.check(applicantOf(username), posts.findById(postId).orElseThrow());
    }

    /** Applies to a post while registration is open; one application per campaign. */
    public Application apply(String username, long postId) {
        Applicant applicant = applicantOf(username);
        Post post = posts.findById(postId).orElseThrow(() -> new RecruitmentInputException("post", "recruitment.error.noPost"));
        Campaign campaign = post.getCampaign();
        Application existing = applications.findByCampaignIdAndApplicantId(campaign.getId(), applicant.getId()).orElse(null);
        boolean switching = maySwitch(existing, campaign);
        if (!campaign.registrationOpenAt(now()) && !switching) {
            throw new RecruitmentInputException("post", "recruitment.error.registrationClosed");
        }
        if (post.getStatus() == Post.Status.CANCELLED) {
            throw new RecruitmentInputException("post", "recruitment.error.postCancelled");
        }
        if (holdsTheCampaign(existing, switching)) {
            throw new RecruitmentInputException("post", "recruitment.error.duplicateApplication", existing.getPost().getPostCode());
        }
        Application application;
        try {
            if (existing != null) {
                existing.setPost(post);
                existing.resubmitted(now());
                application = existing;
            } else {
                application = applications.save(new Application(campaign, post, applicant, now()));
            }
            applications.flush();
        } catch (org.springframework.dao.DataIntegrityViolationException
                 | org.springframework.dao.ConcurrencyFailureException e) {
            // the same applicant applied a moment ago in another window (one application per campaign)
            throw new RecruitmentInputException("post", "recruitment.error.appliedMeanwhile");
        }
        startReview(application);
        return application;
    }

    /**
     * The post code of the application that keeps the applicant from applying to another post of
     * this campaign (one application per campaign), or empty if they may apply: none yet, withdrawn,
     * or their post was cancelled and the switching window is open. The portal shows it instead of
     * offering to apply again.
     */
    @Transactional(readOnly = true)
    public Optional<String> appliedPostIn(String username, long campaignId) {
        Optional<Applicant> applicant = applicants.findByUsername(username);
        if (applicant.isEmpty()) {
            return Optional.empty();
        }
        return applications.findByCampaignIdAndApplicantId(campaignId, applicant.get().getId())
                .filter(a -> holdsTheCampaign(a, maySwitch(a, a.getCampaign())))
                .map(a -> a.getPost().getPostCode());
    }

    private boolean maySwitch(Application existing, Campaign campaign) {
        return existing != null && existing.getStatus() == ApplicationStatus.POST_CANCELLED && campaign.switchOpenAt(now());
    }

    private static boolean holdsTheCampaign(Application existing, boolean switching) {
        return existing != null && existing.getStatus() != ApplicationStatus.WITHDRAWN && !switching;
    }

    private void startReview(Application application) {
        Post post = application.getPost();
        Campaign campaign = post.getCampaign();
        OrgUnit unit = orgUnits.getByCode(post.getUnitCode());
        OrgLevel reviewLevel = campaign.getReviewLevel() == Campaign.ReviewLevel.STREET ? OrgLevel.STREET : OrgLevel.COUNTY;
        String reviewUnit = orgUnits.ancestorAtLevel(unit, reviewLevel).map(OrgUnit::getCode).orElse(campaign.getCityCode());
        Map<String, Object> vars = new HashMap<>();
        vars.put(RecruitmentProcess.VAR_APPLICATION_ID, application.getId());
        vars.put(RecruitmentProcess.VAR_CAMPAIGN_ID, campaign.getId());
        vars.put(RecruitmentProcess.VAR_TITLE, campaign.getName() + " · " + post.getPostCode() + " · #" + application.getId());
        vars.put(RecruitmentProcess.VAR_UNIT_CODE, post.getUnitCode());
        vars.put(RecruitmentProcess.VAR_REVIEW_UNIT_CODE, reviewUnit);
        vars.put(RecruitmentProcess.VAR_CITY_CODE, campaign.getCityCode());
        vars.put(RecruitmentProcess.VAR_REVIEW_DAYS, DEFAULT_REVIEW_DAYS);
        String instanceId = runtime.startProcessInstanceByKey(RecruitmentProcess.APPLICATION_PROCESS_ID,
                String.valueOf(application.getId()), vars).getId();
        application.setProcessInstanceId(instanceId);
    }

    /** Resubmits a returned application before its deadline (after correcting the profile). */
    public void resubmit(String username, long applicationId) {
        Application application = ownApplication(username, applicationId);
        if (application.getStatus() != ApplicationStatus.RETURNED) {
            throw new RecruitmentInputException("application", "recruitment.error.notReturned");
        }
        if (application.getCorrectionDeadline() != null && now().isAfter(application.getCorrectionDeadline())) {
            throw new RecruitmentInputException("application", "recruitment.error.deadlinePassed");
        }
        application.resubmitted(now());
        runtime.createMessageCorrelation(RecruitmentProcess.MSG_RESUBMITTED)
                .processInstanceBusinessKey(String.valueOf(applicationId)).correlate();
    }

    public void withdraw(String username, long applicationId) {
        Application application = ownApplication(username, applicationId);
        // withdrawal ends the qualification review; the portal offers it on the same condition
        if (!application.getStatus().isInReview()) {
            throw new RecruitmentInputException("application", "recruitment.error.cannotWithdraw");
        }
        runtime.createMessageCorrelation(RecruitmentProcess.MSG_WITHDRAWN)
                .processInstanceBusinessKey(String.valueOf(applicationId)).correlate();
    }

    @Transactional(readOnly = true)
    public List<ApplicationCase> myApplications(String username) {
        Applicant applicant = applicantOf(username);
        return applications.findByApplicantIdOrderBySubmittedAtDesc(applicant.getId()).stream().map(this::toCase).toList();
    }

    private Application ownApplication(String username, long applicationId) {
        Application application = applications.findById(applicationId)
                .orElseThrow(() -> new RecruitmentInputException("application", "recruitment.error.noApplication"));
        if (!application.getApplicant().getUsername().equals(username)) {
            throw new AccessDeniedException("not the applicant's application");
        }
        return application;
    }

    // ------------------------------------------------------------------ reviewers

    @Transactional(readOnly = true)
    public ApplicationCase applicationForTask(AppUser reviewer, String taskId) {
        long id = applicationIdOf(tasks.checkQueue(reviewer, taskId, RecruitmentProcess.VAR_APPLICATION_ID));
        return toCase(applications.findWithDetailsById(id).orElseThrow());
    }

    /** Approve, return for correction (with what to correct) or reject (with the reason). */
    public void review(AppUser reviewer, String taskId, String decision, String note) {
        review(reviewer, tasks.checkQueue(reviewer, taskId, RecruitmentProcess.VAR_APPLICATION_ID), decision, note);
    }

    /**
     * As {@link #review(AppUser, String, String, String)} for a task the workbench has just checked
     * in the reviewer's queue (a bulk decision), with its application id read in that check.
     */
    @Transactional
    public void review(AppUser reviewer, QueuedTask queued, String decision, String note) {
        var task = queued.task();
        if (!Set.of(RecruitmentProcess.DECISION_APPROVE, RecruitmentProcess.DECISION_RETURN,
                RecruitmentProcess.DECISION_REJECT).contains(decision)) {
            throw new RecruitmentInputException("decision", "recruitment.error.decision");
        }
        String text = note == null ? "" : note.strip();
        if (!RecruitmentProcess.DECISION_APPROVE.equals(decision) && text.isEmpty()) {
            throw new RecruitmentInputException("note", "recruitment.error.noteRequired");
        }
        if (text.length() > 1000) {
            throw new RecruitmentInputException("note", "recruitment.error.noteTooLong", 1000);
        }
        Application application = applications.findById(applicationIdOf(queued)).orElseThrow();
        if (!text.isEmpty()) {
            application.setReviewNote(text);
        }
        if (RecruitmentProcess.DECISION_APPROVE.equals(decision)
                && RecruitmentProcess.TASK_PRELIMINARY_REVIEW.equals(task.getTaskDefinitionKey())) {
            application.setStatus(ApplicationStatus.PRELIMINARY_PASSED);
        }
        tasks.complete(reviewer, task, Map.of(RecruitmentProcess.VAR_DECISION, decision), text);
    }

    /**
     * The applicant's ID number in full, for a reviewer of the task, on a stated purpose; audited with
     * the reviewer, their unit and the purpose.
     */
    public String revealIdNumber(AppUser reviewer, String taskId, String purpose) {
        String why = PersonalDataAudit.checkedPurpose(purpose);
        long id = applicationIdOf(tasks.checkQueue(reviewer, taskId, RecruitmentProcess.VAR_APPLICATION_ID));
        Application application = applications.findWithDetailsById(id).orElseThrow();
        audit.opened(reviewer.getUsername(), reviewer.getUnitCode(), "applicant:" + application.getApplicant().getId(),
                "idNumber", why);
        return application.getApplicant().getIdNumber();
    }

    /**
     * The applicant registered with this ID number (normalised first), found through its keyed hash:
     * the encrypted column cannot be searched.
     */
    @Transactional(readOnly = true)
    public Optional<Applicant> applicantByIdNumber(String idNumber) {
        return applicants.findByIdNumberHash(cipher.hash(IdNumber.normalise(idNumber)));
    }

    /** The application a checked task is about; a task of another kind is refused with a clear message. */
    static long applicationIdOf(QueuedTask task) {
        Object id = task.variable(RecruitmentProcess.VAR_APPLICATION_ID);
        if (id == null) {
            throw new RecruitmentInputException("task", "recruitment.error.notAnApplicationTask");
        }
        return ((Number) id).longValue();
    }

    // ------------------------------------------------------------------ process steps

    public void recordPrescreen(long applicationId) {
        Application a = applications.findById(applicationId).orElseThrow();
        a.setPrescreenFindings(eligibility.check(a.getApplicant(), a.getPost()).asText());
        a.setStatus(ApplicationStatus.SUBMITTED);
    }

    /** Returns the application for correction; the deadline is in working days. Returns it as ISO text. */
    public String markReturned(long applicationId) {
        Application a = applications.findById(applicationId).orElseThrow();
        ZonedDateTime deadline = calendar.deadline(now().atZone(WorkingDayCalendar.ZONE), a.getCampaign().getCorrectionDays());
        a.setStatus(ApplicationStatus.RETURNED);
        a.setCorrectionDeadline(deadline.toInstant());
        return deadline.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    public void markStatus(long applicationId, ApplicationStatus status) {
        applications.findById(applicationId).orElseThrow().setStatus(status);
    }

    @Transactional(readOnly = true)
    public ApplicationStatus status(long applicationId) {
        return applications.findById(applicationId).orElseThrow().getStatus();
    }

    private ApplicationCase toCase(Application a) {
        Applicant p = a.getApplicant();
        Post post = a.getPost();
        return new ApplicationCase(a.getId(), a.getCampaign().getName(), post.getPostCode(), post.getPostName(),
                post.getUnitName(), p.getName(), IdNumber.mask(p.getIdNumber()), PersonalDataAudit.maskPhone(p.getPhone()),
                p.getEducation().name(), p.getSchool(), p.getMajor(), p.getGraduationDate(), a.getStatus(),
                a.getPrescreenFindings(), a.getReviewNote(), a.getCorrectionDeadline(), ApplicationCase.Results.of(a),
                new ApplicationCase.Requirements(post.getMinEducation() == null ? null : post.getMinEducation().name(),
                        post.getMajors(), post.getMaxAge(), post.getHouseholdCode(), post.isFreshGraduatesOnly(), post.getNotes()));
    }
}

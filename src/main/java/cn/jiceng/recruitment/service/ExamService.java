package cn.jiceng.recruitment.service;

import cn.jiceng.common.importing.ColumnSpec;
import cn.jiceng.common.importing.ImportError;
import cn.jiceng.common.importing.ImportRejectedException;
import cn.jiceng.common.importing.ImportText;
import cn.jiceng.common.importing.TabularFile;
import cn.jiceng.common.importing.TabularFileReader;
import cn.jiceng.recruitment.domain.Application;
import cn.jiceng.recruitment.domain.ApplicationRepository;
import cn.jiceng.recruitment.domain.ApplicationStatus;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.CampaignRepository;
import cn.jiceng.recruitment.domain.Post;
import cn.jiceng.recruitment.domain.PostRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exams of a campaign: admission numbers (准考证号), written and interview score imports (one bad
 * row rejects the file), the interview shortlist and the ranking per post.
 */
@Service
@Transactional
public class ExamService {

    public enum Kind { WRITTEN, INTERVIEW }

    public static final BigDecimal MAX_SCORE = new BigDecimal("100");

    static final List<ColumnSpec> COLUMNS = List.of(
            ColumnSpec.required("admissionNo", "准考证号", "考号"),
            ColumnSpec.optional("name", "姓名"),
            ColumnSpec.required("score", "成绩", "分数", "笔试成绩", "面试成绩"),
            // the score sheet this service exports (ExportService.scoreTemplate) has the post code too
            ColumnSpec.ignored("postCode", "岗位代码"));

    private final CampaignRepository campaigns;
    private final PostRepository posts;
    private final ApplicationRepository applications;
    private final TabularFileReader reader;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    public ExamService(CampaignRepository campaigns, PostRepository posts, ApplicationRepository applications,
                       TabularFileReader reader, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.posts = posts;
        this.applications = applications;
        this.reader = reader;
    }

    /** Gives every qualified application of a post still running a number: post code + 3-digit sequence. */
    public int assignAdmissionNumbers(long campaignId) {
        int n = 0;
        for (Post post : posts.findByCampaignIdOrderByPostCode(campaignId)) {
            if (post.getStatus() == Post.Status.CANCELLED) {
                continue;
            }
            List<Application> qualified = applications.findByPostIdAndStatus(post.getId(), ApplicationStatus.QUALIFIED)
                    .stream().sorted(Comparator.comparing(Application::getId)).toList();
            int seq = 1;
            for (Application a : qualified) {
                a.setAdmissionNo(post.getPostCode() + String.format("%03d", seq++));
                n++;
            }
        }
        return n;
    }

    /**
     * Imports the scores of one exam; unknown or duplicate numbers, wrong names and out-of-range scores reject the file.
     * One import of a campaign at a time: the campaign's row is locked (without waiting) for the whole import, so a
     * second officer importing at the same moment is told to try again ({@code exam.import.busy}) instead of having
     * the two files interleaved.
     */
    public int importScores(long campaignId, Kind kind, byte[] content) {
        lockForImport(campaignId);
        Map<String, Application> byNumber = applications.findByCampaignIdAndStatus(campaignId, ApplicationStatus.QUALIFIED)
                .stream().filter(a -> a.getAdmissionNo() != null)
                .collect(Collectors.toMap(Application::getAdmissionNo, a -> a));
        TabularFile file = reader.read(content, COLUMNS);
        List<ImportError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<Application, BigDecimal> scores = new HashMap<>();
        for (TabularFile.Row row : file.rows()) {
            if (row.isBlank()) {
                continue;
            }
            int n = row.rowNumber();
            String number = row.get("admissionNo").trim();
            Application a = byNumber.get(number);
            if (a == null) {
                errors.add(new ImportError(n, "exam.import.unknownNumber", number));
                continue;
            }
            Integer first = seen.putIfAbsent(number, n);
            if (first != null) {
                errors.add(new ImportError(n, "exam.import.duplicateNumber", number, first));
                continue;
            }
            String name = row.get("name").trim();
            if (!name.isEmpty() && !name.equals(a.getApplicant().getName())) {
                errors.add(new ImportError(n, "exam.import.nameMismatch", number, name));
                continue;
            }
            BigDecimal score = ImportText.decimal(row.get("score")).orElse(null);
            if (score == null) {
                errors.add(new ImportError(n, "exam.import.badScore", row.get("score")));
                continue;
            }
            if (score.signum() < 0 || score.compareTo(MAX_SCORE) > 0 || score.scale() > 2) {
                errors.add(new ImportError(n, "exam.import.scoreOutOfRange", score.toPlainString(), MAX_SCORE));
                continue;
            }
            if (kind == Kind.INTERVIEW && !shortlisted(a)) {
                errors.add(new ImportError(n, "exam.import.notShortlisted", number));
                continue;
            }
            scores.put(a, score);
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        scores.forEach((a, s) -> {
            if (kind == Kind.WRITTEN) {
                a.setWrittenScore(s);
            } else {
                a.setInterviewScore(s);
            }
        });
        return scores.size();
    }

    private void lockForImport(long campaignId) {
        try {
            jdbc.queryForList("select id from rec_campaign where id = ? for update nowait", Long.class, campaignId);
        } catch (org.springframework.dao.PessimisticLockingFailureException | org.springframework.dao.QueryTimeoutException e) {
            // the row is locked by another import of this campaign (MariaDB: lock wait, H2: lock timeout)
            throw new ImportRejectedException(List.of(new ImportError(0, "exam.import.busy")));
        }
    }

    /**
     * The interview shortlist of a post: the best written scores, {@code interviewMultiple} ×
     * openings of them, plus everyone tied with the last one.
     */
    @Transactional(readOnly = true)
    public List<Application> shortlist(long postId) {
        Post post = posts.findById(postId).orElseThrow();
        List<Application> withScore = applications.findByPostIdAndStatus(postId, ApplicationStatus.QUALIFIED).stream()
                .filter(a -> a.getWrittenScore() != null)
                .sorted(Comparator.comparing(Application::getWrittenScore).reversed()).toList();
        int size = post.getCampaign().getInterviewMultiple() * post.getOpenings();
        if (withScore.size() <= size) {
            return withScore;
        }
        BigDecimal cut = withScore.get(size - 1).getWrittenScore();
        return withScore.stream().filter(a -> a.getWrittenScore().compareTo(cut) >= 0).toList();
    }

    private boolean shortlisted(Application a) {
        return shortlist(a.getPost().getId()).contains(a);
    }

    /**
     * Totals with the campaign's weights and ranks per post: higher total first, ties broken by the
     * written score (or the interview score, as the campaign says); still-equal candidates share a rank.
     */
    public List<Application> rank(long postId) {
        Post post = posts.findById(postId).orElseThrow();
        Campaign c = post.getCampaign();
        java.util.function.Function<Application, BigDecimal> tieBreaker = c.getTieBreak() == Campaign.TieBreak.INTERVIEW
                ? Application::getInterviewScore : Application::getWrittenScore;
        List<Application> ranked = applications.findByPostIdAndStatus(postId, ApplicationStatus.QUALIFIED).stream()
                .filter(a -> a.getWrittenScore() != null && a.getInterviewScore() != null)
                .peek(a -> a.setResult(a.getWrittenScore().multiply(c.getWrittenWeight())
                        .add(a.getInterviewScore().multiply(c.getInterviewWeight())).setScale(3, RoundingMode.HALF_UP), null))
                .sorted(Comparator.comparing(Application::getTotalScore).thenComparing(tieBreaker).reversed())
                .toList();
        Application previous = null;
        int rank = 0;
        for (int i = 0; i < ranked.size(); i++) {
            Application a = ranked.get(i);
            boolean tie = previous != null && a.getTotalScore().compareTo(previous.getTotalScore()) == 0
                    && tieBreaker.apply(a).compareTo(tieBreaker.apply(previous)) == 0;
            rank = tie ? rank : i + 1;
            a.setResult(a.getTotalScore(), rank);
            previous = a;
        }
        return ranked;
    }
}

package cn.jiceng.demonstration;

import cn.jiceng.demonstration.process.DemonstrationProcess;
import cn.jiceng.demonstration.service.CandidateService;
import cn.jiceng.demonstration.service.DefinitionService;
import cn.jiceng.demonstration.service.Nomination;
import cn.jiceng.demonstration.service.ProgramService;
import cn.jiceng.demonstration.service.ProgramSummary;
import cn.jiceng.demonstration.service.ScoringService;
import cn.jiceng.security.service.UserService;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationContext;

/**
 * A program run to its announcement for tests outside this package (the browser journey's public
 * award list): 宽城区's 美好小区 program with 长山花园一期小区 nominated, scored, publicized and awarded,
 * driven by {@link DemonstrationFixtures} through the real services and processes.
 */
public final class AnnouncedPrograms {

    private AnnouncedPrograms() {
    }

    private static DemonstrationFixtures fixtures(ApplicationContext c) {
        return new DemonstrationFixtures(c.getBean(DefinitionService.class), c.getBean(ProgramService.class),
                c.getBean(CandidateService.class), c.getBean(ScoringService.class), c.getBean(UserService.class),
                c.getBean(TaskService.class), c.getBean(RuntimeService.class), c.getBean(ManagementService.class));
    }

    /**
     * Runs the program to the leading group's decision (its task waits for {@code dem.leader.220103},
     * password {@code DemoData.PASSWORD}); returns the program.
     */
    public static ProgramSummary meihaoAtDecision(ApplicationContext c, int year) {
        DemonstrationFixtures f = fixtures(c);
        DemonstrationFixtures.clock(DemonstrationFixtures.NOW.withYear(year));
        try {
            ProgramSummary p = f.start("meihao-xiaoqu-xingfu-jiayuan", "220103", year);
            Nomination n = f.nominateAll(p, Map.of("220103001001001", "TITLE")).get(0);
            String[] shares = {"0.9", "1", "0.95"};
            f.inspect(p, n, (s, i) -> DemonstrationFixtures.team(s, shares[i]), null);
            f.runTimer(f.instanceOf(p.id()), DemonstrationProcess.TIMER_CREATION_END);
            f.propose(p);
            f.endPublicity(p);
            f.leaderAt("220103");
            return p;
        } finally {
            ClockUtil.reset();
        }
    }

    /** Runs the program to its announcement; returns its code (the public list is /shifan/{code}). */
    public static String meihao(ApplicationContext c, int year) {
        ProgramSummary p = meihaoAtDecision(c, year);
        DemonstrationFixtures.clock(DemonstrationFixtures.NOW.withYear(year).plusMonths(9));
        try {
            fixtures(c).decide(p, Map.of());
            return p.code();
        } finally {
            ClockUtil.reset();
        }
    }
}

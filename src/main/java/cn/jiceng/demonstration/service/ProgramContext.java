package cn.jiceng.demonstration.service;

import cn.jiceng.demonstration.domain.Candidate;
import cn.jiceng.demonstration.domain.CandidateRepository;
import cn.jiceng.demonstration.domain.OutcomeModel;
import cn.jiceng.demonstration.domain.OutcomeValue;
import cn.jiceng.demonstration.domain.Program;
import cn.jiceng.demonstration.domain.ProgramDefinition;
import cn.jiceng.demonstration.domain.ProgramRepository;
import cn.jiceng.demonstration.domain.Standard;
import cn.jiceng.organization.domain.OrgLevel;
import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.organization.service.OrgUnitService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Role;
import cn.jiceng.security.service.RegionScopeService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** What the demonstration services share: loading programs and candidates, access checks, outcome names, DTOs. */
@Component
class ProgramContext {

    final ProgramRepository programs;
    final CandidateRepository candidates;
    final DefinitionService definitions;
    final OrgUnitService orgUnits;
    final RegionScopeService scope;

    ProgramContext(ProgramRepository programs, CandidateRepository candidates, DefinitionService definitions,
                   OrgUnitService orgUnits, RegionScopeService scope) {
        this.programs = programs;
        this.candidates = candidates;
        this.definitions = definitions;
        this.orgUnits = orgUnits;
        this.scope = scope;
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    Program program(long id) {
        return programs.findById(id).orElseThrow(() -> new DemonstrationInputException("program", "demonstration.error.noProgram", id));
    }

    Candidate candidate(long id) {
        return candidates.findWithProgram(id)
                .orElseThrow(() -> new DemonstrationInputException("candidate", "demonstration.error.noCandidate", id));
    }

    ProgramDefinition definition(Program p) {
        return definitions.definition(p.getDefinition().getId());
    }

    Standard standard(Program p) {
        return definitions.standard(p.getDefinition().getId());
    }

    /** The user may see the program: its office is in the user's region, or the user works below the office. */
    void requireVisible(AppUser user, Program p) {
        if (!mayView(user, p)) {
            throw new AccessDeniedException("program " + p.getId() + " is outside the user's region");
        }
    }

    boolean mayView(AppUser user, Program p) {
        String path = scope.scopePath(user).orElse(null);
        return path != null && (p.getOfficeUnitPath().startsWith(path) || path.startsWith(p.getOfficeUnitPath()));
    }

    /** The user may see the unit's data (its region covers the unit). */
    void requireVisible(AppUser user, Candidate c) {
        if (!scope.canSeePath(user, c.getUnitPath())) {
            throw new AccessDeniedException("unit " + c.getUnitCode() + " is outside the user's region");
        }
    }

    /** The user works at that unit (reviewer or leader), or is an administrator. */
    void requireAt(AppUser user, String unitCode, Role... roles) {
        boolean role = roles.length == 0 || java.util.Arrays.stream(roles).anyMatch(user::hasRole);
        if (user.hasRole(Role.ADMIN) && scope.canSeeUnit(user, unitCode)) {
            return;
        }
        if (!role || unitCode == null || !unitCode.equals(user.getUnitCode())) {
            throw new AccessDeniedException("user does not work at unit " + unitCode);
        }
    }

    OrgUnit unit(String code) {
        return orgUnits.findByCode(code)
                .orElseThrow(() -> new DemonstrationInputException("unit", "demonstration.error.unknownUnit", code));
    }

    /** The unit's ancestor (or itself) at the level, by its code. */
    String ancestorAt(OrgUnit unit, String level) {
        OrgLevel l = OrgLevel.valueOf(level);
        return orgUnits.ancestorAtLevel(unit, l).map(OrgUnit::getCode)
                .orElseThrow(() -> new DemonstrationInputException("unit", "demonstration.error.noAncestor", unit.getCode(), level));
    }

    /** The unit that acts for a candidate in its own steps: the candidate, or its community when it is a neighbourhood or grid. */
    String selfUnit(OrgUnit unit) {
        if (unit.getLevel().isAbove(OrgLevel.NEIGHBOURHOOD)) {
            return unit.getCode();
        }
        return orgUnits.ancestorAtLevel(unit, OrgLevel.COMMUNITY).map(OrgUnit::getCode).orElse(unit.getCode());
    }

    /** The outcomes of a definition a target or an adjustment may name: levels or titles, or 1..n flags. */
    static List<OutcomeOption> outcomeOptions(ProgramDefinition d) {
        List<OutcomeOption> out = new ArrayList<>();
        if (d.outcomeModel() == OutcomeModel.FLAGS) {
            for (int n = d.outcome().flags().size(); n >= 1; n--) {
                out.add(new OutcomeOption(OutcomeValue.flagsCode(n), n + "面红旗"));
            }
        } else {
            d.outcome().levels().forEach(l -> out.add(new OutcomeOption(l.code(), l.name())));
        }
        return out;
    }

    static String outcomeName(ProgramDefinition d, String code) {
        if (code == null) {
            return null;
        }
        if (OutcomeValue.NONE.equals(code)) {
            return "未达标";
        }
        if (OutcomeValue.DISQUALIFIED.equals(code)) {
            return "一票否决";
        }
        return outcomeOptions(d).stream().filter(o -> o.code().equals(code)).map(OutcomeOption::name).findFirst().orElse(code);
    }

    Nomination nomination(Candidate c, ProgramDefinition d) {
        return new Nomination(c.getId(), c.getProgram().getId(), c.getUnitCode(), c.getUnitName(), c.getCountyCode(),
                c.getTargetOutcome(), outcomeName(d, c.getTargetOutcome()), c.attributeList(), c.getStatus(),
                c.getExclusion(), c.getScore(), c.getFlagCount(), c.getOutcomeCode(), outcomeName(d, c.getOutcomeCode()),
                c.isBottomLineFailed(), c.getFailedChecks(), c.isSpotChecked(), c.isSpotCheckOverturned(),
                c.getPublicityOutcome(), c.getDecision(), c.getFinalOutcome(), outcomeName(d, c.getFinalOutcome()),
                c.getCitySubsidy(), c.getCountySubsidyMin(), c.getCountySubsidyMax(), c.getAwardText(), c.isWeak(),
                c.getRectificationStatus(), c.getNominatedAt(), c.getNominatedBy(), c.getVersion());
    }

    static String text(String field, String value, int max, boolean required) {
        String t = value == null ? "" : value.trim();
        if (required && t.isEmpty()) {
            throw new DemonstrationInputException(field, "demonstration.error.required");
        }
        if (t.length() > max) {
            throw new DemonstrationInputException(field, "demonstration.error.tooLong", max);
        }
        return t.isEmpty() ? null : t;
    }
}

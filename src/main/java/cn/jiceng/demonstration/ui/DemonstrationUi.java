package cn.jiceng.demonstration.ui;

import cn.jiceng.demonstration.domain.Standard;
import cn.jiceng.demonstration.service.AwardListPdfService;
import cn.jiceng.demonstration.service.CandidateService;
import cn.jiceng.demonstration.service.DefinitionService;
import cn.jiceng.demonstration.service.EvidenceService;
import cn.jiceng.demonstration.service.ProgramService;
import cn.jiceng.demonstration.service.ProgramTaskService;
import cn.jiceng.demonstration.service.ScoringService;
import cn.jiceng.demonstration.service.SurveyImportService;
import cn.jiceng.security.domain.AppUser;
import org.springframework.stereotype.Component;

/** The demonstration services the screens and step forms use, in one bean (views call services only). */
@Component
public class DemonstrationUi {

    private final DefinitionService definitions;
    private final ProgramService programs;
    private final ScoringService scoring;
    private final CandidateService candidates;
    private final EvidenceService evidence;
    private final AwardListPdfService pdf;
    private final ProgramTaskService programTasks;
    private final SurveyImportService surveyImport;

    public DemonstrationUi(DefinitionService definitions, ProgramService programs, ScoringService scoring,
                           CandidateService candidates, EvidenceService evidence, AwardListPdfService pdf,
                           ProgramTaskService programTasks, SurveyImportService surveyImport) {
        this.surveyImport = surveyImport;
        this.programTasks = programTasks;
        this.definitions = definitions;
        this.programs = programs;
        this.scoring = scoring;
        this.candidates = candidates;
        this.evidence = evidence;
        this.pdf = pdf;
    }

    public DefinitionService definitions() {
        return definitions;
    }

    public ProgramService programs() {
        return programs;
    }

    public ScoringService scoring() {
        return scoring;
    }

    public CandidateService candidates() {
        return candidates;
    }

    public EvidenceService evidence() {
        return evidence;
    }

    public ProgramTaskService programTasks() {
        return programTasks;
    }

    public SurveyImportService surveyImport() {
        return surveyImport;
    }

    public AwardListPdfService pdf() {
        return pdf;
    }

    /** The standard of a program's definition version (checked against the user's region). */
    public Standard standardOf(AppUser user, long programId) {
        return definitions.standard(programs.program(user, programId).definitionId());
    }
}

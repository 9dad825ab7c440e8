package cn.jiceng.demonstration.service;

import cn.jiceng.demonstration.process.DemonstrationProcess;
import cn.jiceng.review.service.QueuedTask;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.security.domain.AppUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which program (and county) a step of the program process belongs to, for the step forms of the
 * screens (the nomination list, the proposed list): one queue check, the task's two variables.
 * Added by the screens beside the backend's services; it decides nothing.
 */
@Service
@Transactional(readOnly = true)
public class ProgramTaskService {

    /** The program of a task and its county (null for the office's own steps). */
    public record ProgramTask(long programId, String countyCode) {
    }

    private final ReviewTaskService tasks;

    public ProgramTaskService(ReviewTaskService tasks) {
        this.tasks = tasks;
    }

    /** The program and county of a task of the user's queue ({@code AccessDeniedException} otherwise). */
    public ProgramTask programTask(AppUser user, String taskId) {
        QueuedTask task = tasks.checkQueue(user, taskId, DemonstrationProcess.VAR_PROGRAM_ID);
        Object program = task.variable(DemonstrationProcess.VAR_PROGRAM_ID);
        if (!(program instanceof Number n)) {
            throw new DemonstrationInputException("task", "demonstration.error.wrongStep", task.task().getTaskDefinitionKey());
        }
        // the county is a variable of the county's sub-process (multi-instance), not of the instance's top scope
        Object county = tasks.taskVariable(taskId, DemonstrationProcess.VAR_COUNTY_CODE);
        return new ProgramTask(n.longValue(), county == null ? null : county.toString());
    }
}

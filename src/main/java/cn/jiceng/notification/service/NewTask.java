package cn.jiceng.notification.service;

import java.util.List;

/**
 * A user task the engine has just created, as far as notifications need it.
 *
 * @param actor the user whose action created the task (not notified of it), or null
 */
public record NewTask(String taskId, String processKey, String stepKey, String name, String caseTitle, String assignee,
                      List<String> candidateUsers, List<String> candidateGroups, String actor) {
}

package cn.jiceng.operations.service;

import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Operations for administrators: the engine's open incidents (jobs that failed on every retry of
 * {@code camunda.bpm.generic-properties.properties.failed-job-retry-time-cycle}) and their retry.
 * The same incidents are in Cockpit; this is the application's own page for them.
 */
@Service
public class OperationsService {

    private static final Logger LOG = LoggerFactory.getLogger(OperationsService.class);

    /** What a retry from the page did. */
    public enum RetryOutcome { COMPLETED, FAILED_AGAIN }

    private final RuntimeService runtimeService;
    private final ManagementService managementService;

    public OperationsService(RuntimeService runtimeService, ManagementService managementService) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
    }

    /** The open incidents, newest first (administrators only). */
    public List<IncidentRow> incidents(AppUser user) {
        requireAdmin(user);
        List<Incident> incidents = runtimeService.createIncidentQuery().orderByIncidentTimestamp().desc().listPage(0, 500);
        Map<String, String> businessKeys = new HashMap<>();
        List<String> instances = incidents.stream().map(Incident::getProcessInstanceId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        if (!instances.isEmpty()) {
            runtimeService.createProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(instances)).list()
                    .forEach(p -> businessKeys.put(p.getId(), p.getBusinessKey()));
        }
        return incidents.stream().map(i -> new IncidentRow(i.getId(),
                Incident.FAILED_JOB_HANDLER_TYPE.equals(i.getIncidentType()) ? i.getConfiguration() : null,
                processKey(i.getProcessDefinitionId()), businessKeys.get(i.getProcessInstanceId()), i.getActivityId(),
                i.getIncidentMessage(), i.getIncidentTimestamp() == null ? null : i.getIncidentTimestamp().toInstant()))
                .toList();
    }

    /**
     * Retries the failed job of the incident now, in the caller's thread (one more attempt; the
     * incident is resolved by the engine when the job succeeds, raised again when it fails).
     */
    public RetryOutcome retry(AppUser user, String incidentId) {
        requireAdmin(user);
        Incident incident = runtimeService.createIncidentQuery().incidentId(incidentId).singleResult();
        if (incident == null) {
            throw new IllegalArgumentException("operations.error.noIncident");
        }
        if (!Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType()) || incident.getConfiguration() == null) {
            throw new IllegalArgumentException("operations.error.notAJob");
        }
        String jobId = incident.getConfiguration();
        Job job = managementService.createJobQuery().jobId(jobId).singleResult();
        if (job == null) {
            throw new IllegalArgumentException("operations.error.noIncident");
        }
        managementService.setJobRetries(jobId, 1);
        try {
            managementService.executeJob(jobId);
            LOG.info("{} retried job {} of incident {}: completed", user.getUsername(), jobId, incidentId);
            return RetryOutcome.COMPLETED;
        } catch (RuntimeException e) {
            // the engine has recorded the failure and raised the incident again
            LOG.warn("{} retried job {} of incident {}: failed again ({})", user.getUsername(), jobId, incidentId, e.getMessage());
            return RetryOutcome.FAILED_AGAIN;
        }
    }

    private String processKey(String processDefinitionId) {
        if (processDefinitionId == null) {
            return null;
        }
        int colon = processDefinitionId.indexOf(':');
        return colon < 0 ? processDefinitionId : processDefinitionId.substring(0, colon);
    }

    private static void requireAdmin(AppUser user) {
        if (user == null || !user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("only administrators see and retry incidents");
        }
    }
}

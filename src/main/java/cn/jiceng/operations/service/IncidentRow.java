package cn.jiceng.operations.service;

import java.time.Instant;

/**
 * An open incident of the engine as the administrators' page lists it: a job (service task, timer,
 * asynchronous continuation) that failed on every retry and waits for someone to act.
 *
 * @param incidentId the engine's incident id
 * @param jobId      the failed job, or null for an incident without a job (nothing to retry here)
 * @param process    the process definition key
 * @param businessKey the case's business key (its number), if any
 * @param activityId the BPMN element that failed
 * @param message    the last exception message
 * @param raisedAt   when the incident was raised
 */
public record IncidentRow(String incidentId, String jobId, String process, String businessKey, String activityId,
                          String message, Instant raisedAt) {
}

package cn.jiceng.demonstration.service;

import java.time.Instant;

/** An entry of a unit's record (progress report, inspection finding, rectification, revocation review …). */
public record RecordView(long id, String kind, String body, Boolean passed, String recordedBy, Instant recordedAt) {
}

package cn.jiceng.demonstration.service;

import cn.jiceng.demonstration.domain.OutcomeModel;
import cn.jiceng.demonstration.domain.ProgramStatus;
import java.time.Instant;

/** A program for lists: its definition version, office, stage. */
public record ProgramSummary(long id, String code, String name, long definitionId, String definitionCode,
                             int definitionVersion, OutcomeModel outcomeModel, int year, String officeUnitCode,
                             String officeUnitName, ProgramStatus status, Instant createdAt, Instant announcedAt) {
}

package cn.jiceng.demonstration.service;

import cn.jiceng.demonstration.domain.OutcomeModel;
import java.math.BigDecimal;
import java.time.Instant;

/** A stored definition version, for lists and pickers. */
public record DefinitionSummary(long id, String code, int version, String name, String city, String targetLevel,
                                OutcomeModel outcomeModel, BigDecimal totalPoints, int itemCount, String importedBy,
                                Instant importedAt) {
}

package cn.jiceng.demonstration.service;

import cn.jiceng.demonstration.domain.EvidenceKind;
import java.time.Instant;

/** An evidence file without its content, for lists. */
public record EvidenceInfo(long id, EvidenceKind kind, String indicatorCode, String fileName, String contentType,
                           long sizeBytes, String uploadedBy, Instant uploadedAt) {
}

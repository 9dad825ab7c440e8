package cn.jiceng.demonstration.domain;

/** What an evidence file supports (the self-assessment, a progress report, a rectification). */
public enum EvidenceKind {
    SELF_ASSESSMENT, PROGRESS, RECTIFICATION
}

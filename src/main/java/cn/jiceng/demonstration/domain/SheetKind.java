package cn.jiceng.demonstration.domain;

/** Whose score sheet (a scorer of the evaluation team, the survey result, the spot check, the unit's self-assessment) or the combined result of a unit (one line per item). */
public enum SheetKind {
    TEAM, SURVEY, SPOT_CHECK, SELF, COMBINED
}

package cn.jiceng.demonstration.domain;

/** The outcome model of a program (one title, levels by score thresholds, or several independent flags). */
public enum OutcomeModel {
    SINGLE_TITLE, LEVELS, FLAGS
}

package cn.jiceng.demonstration.service;

/** An outcome a county may aim at, or a decision may set: its code and name. */
public record OutcomeOption(String code, String name) {
}

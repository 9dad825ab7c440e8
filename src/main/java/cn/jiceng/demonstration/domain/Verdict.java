package cn.jiceng.demonstration.domain;

/** A member unit's verdict in the joint review (成员单位联审). */
public enum Verdict {
    APPROVE, OBJECT
}

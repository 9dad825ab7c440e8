package cn.jiceng.review.service;

/** The workbench's tabs. */
public enum Queue {
    /** 待办: every open task I may act on: assigned to me, or unclaimed in one of my groups */
    TODO,
    /** 我的待办: assigned to me */
    MINE,
    /** 待认领: unclaimed, in one of my groups */
    CLAIMABLE,
    /** 已办: tasks I completed */
    DONE,
    /** 抄送我的: cases copied to me */
    COPIED,
    /** 我发起的: tasks of cases I started */
    STARTED
}

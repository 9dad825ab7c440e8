package cn.jiceng.review.service;

import java.util.EnumSet;
import java.util.Set;

/** What a reviewer may do with a task besides deciding it in its own form; each step says which it allows. */
public enum TaskOperation {
    /** take an unclaimed task of one of my groups */
    CLAIM,
    /** put a claimed task back into the group */
    UNCLAIM,
    /** 委派: a colleague resolves it, then it comes back to the owner */
    DELEGATE,
    /** 转办: hand it over to a colleague for good */
    TRANSFER,
    /** 退回: send the case back to an earlier step, with a reason */
    RETURN,
    /** 撤回: the one who completed the previous step takes it back while nobody acted on this one */
    WITHDRAW,
    /** 加签 / 减签: add or remove a co-signer who must sign before the task can be decided */
    COSIGN,
    /** 抄送: give colleagues read access to this case */
    COPY,
    /** 催办: remind whoever holds the task */
    REMIND;

    /** What every review step allows unless it says otherwise. */
    public static Set<TaskOperation> standard() {
        return EnumSet.of(CLAIM, UNCLAIM, DELEGATE, TRANSFER, COSIGN, COPY, REMIND, WITHDRAW);
    }
}

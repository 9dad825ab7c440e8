package cn.jiceng.testsupport;

/** Stands in for the {@code workingDays} bean in plain-engine path tests: every deadline is the same date. */
public class FixedWorkingDays {

    public static final String DEADLINE = "2026-12-01T23:59:59+08:00";

    public String dueIn(int days) {
        return DEADLINE;
    }

    public String periodEnd(int days) {
        return DEADLINE;
    }
}

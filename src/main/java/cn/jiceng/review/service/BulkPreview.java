package cn.jiceng.review.service;

import java.util.List;

/** What a bulk decision would do: how many tasks per step may take it, and which may not and why. */
public record BulkPreview(List<StepCount> eligible, List<BulkResult> refused) {

    public record StepCount(StepRef step, String name, long count) {
    }

    public long eligibleCount() {
        return eligible.stream().mapToLong(StepCount::count).sum();
    }
}

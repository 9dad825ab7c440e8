package cn.jiceng.recruitment.service;

import cn.jiceng.recruitment.domain.Post;

/** A post with its application counts: active (not withdrawn/rejected/expired), qualified, ratio met. */
public record PostCounts(Post post, long active, long qualified, boolean ratioMet) {
}

package cn.jiceng.demonstration.service;

import java.util.List;

/** A unit's scores: the combined sheet (what counts) and every sheet it was made of, with their totals. */
public record CandidateResult(Nomination nomination, ScoreSheetView combined, List<ScoreSheetView> sheets) {
}

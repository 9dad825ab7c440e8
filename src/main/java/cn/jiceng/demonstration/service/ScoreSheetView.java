package cn.jiceng.demonstration.service;

import cn.jiceng.demonstration.domain.SheetKind;
import java.time.Instant;
import java.util.List;

/** A score sheet: all items of the standard with their entries and the totals, in one answer. */
public record ScoreSheetView(long sheetId, long candidateId, String unitName, String programName, SheetKind kind,
                             String scorer, Instant submittedAt, List<SheetLine> lines, SheetTotals totals) {

    public boolean submitted() {
        return submittedAt != null;
    }
}

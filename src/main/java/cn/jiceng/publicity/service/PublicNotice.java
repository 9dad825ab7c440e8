package cn.jiceng.publicity.service;

import cn.jiceng.publicity.domain.NoticeStatus;
import cn.jiceng.publicity.domain.PublicityOutcome;
import java.time.LocalDate;
import java.util.List;

/** A notice as the public pages and the PDF show it. */
public record PublicNotice(String noticeNo, String title, String body, String unitName, String contact,
                           LocalDate startDate, LocalDate endDate, int workingDays, NoticeStatus status,
                           boolean acceptingObjections, boolean calendarWarning, List<Entry> entries) {

    public record Entry(Long id, int seq, String name, String detail, PublicityOutcome outcome) {
    }
}

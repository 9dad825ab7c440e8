package cn.jiceng.calendar.process;

import cn.jiceng.calendar.service.WorkingDayCalendar;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Working-day deadlines for BPMN expressions, on the engine's clock (so tests move time with
 * {@code ClockUtil}). Returns ISO-8601 date-times, which {@code camunda:dueDate},
 * {@code camunda:followUpDate} and timer {@code timeDate} accept:
 * <pre>{@code
 * <bpmn:userTask camunda:dueDate="${workingDays.dueIn(5)}"/>
 * <bpmn:timeDate>${workingDays.periodEnd(7)}</bpmn:timeDate>
 * }</pre>
 */
@Component("workingDays")
public class WorkingDays {

    private final WorkingDayCalendar calendar;

    public WorkingDays(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    private static ZonedDateTime now() {
        return ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.ZONE);
    }

    /** The end of the n-th working day after today (today not counted). */
    public String dueIn(int workingDays) {
        return calendar.deadline(now(), workingDays).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The end of a period of n working days that starts today (today counts if it is a working day). */
    public String periodEnd(int workingDays) {
        return WorkingDayCalendar.endOfDay(calendar.periodEnd(now().toLocalDate(), workingDays))
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}

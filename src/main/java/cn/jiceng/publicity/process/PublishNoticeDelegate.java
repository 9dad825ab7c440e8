package cn.jiceng.publicity.process;

import cn.jiceng.publicity.domain.PublicityNotice;
import cn.jiceng.publicity.service.PublicityInputException;
import cn.jiceng.publicity.service.PublicityService;
import cn.jiceng.publicity.service.PublishRequest;
import cn.jiceng.calendar.service.WorkingDayCalendar;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Publishes the notice from the caller's variables and sets the period end for the timer. */
@Component("publishNoticeDelegate")
public class PublishNoticeDelegate implements JavaDelegate {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PublicityService publicity;

    public PublishNoticeDelegate(PublicityService publicity) {
        this.publicity = publicity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PublishRequest request = new PublishRequest(
                (String) execution.getVariable(PublicityProcess.VAR_TITLE),
                (String) execution.getVariable(PublicityProcess.VAR_BODY),
                (String) execution.getVariable(PublicityProcess.VAR_UNIT_CODE),
                (String) execution.getVariable(PublicityProcess.VAR_CONTACT),
                ((Number) execution.getVariable(PublicityProcess.VAR_WORKING_DAYS)).intValue(),
                entries((String) execution.getVariable(PublicityProcess.VAR_ENTRIES)),
                execution.getProcessBusinessKey());
        PublicityNotice notice = publicity.publish(request, execution.getProcessInstanceId());
        execution.setVariable(PublicityProcess.VAR_NOTICE_ID, notice.getId());
        execution.setVariable(PublicityProcess.VAR_PERIOD_END,
                notice.getEndsAt().atZone(WorkingDayCalendar.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        execution.setVariable(PublicityProcess.VAR_OPEN_OBJECTIONS, 0);
        if (!execution.hasVariable(PublicityProcess.VAR_OBJECTION_DAYS)) {
            execution.setVariable(PublicityProcess.VAR_OBJECTION_DAYS, PublicityProcess.DEFAULT_OBJECTION_DAYS);
        }
    }

    static List<PublishRequest.Entry> entries(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<PublishRequest.Entry>>() { });
        } catch (JsonProcessingException e) {
            throw new PublicityInputException("entries", "publicity.error.entries", PublicityService.MAX_ENTRIES);
        }
    }

    /** The JSON a caller puts into {@link PublicityProcess#VAR_ENTRIES}. */
    public static String toJson(List<PublishRequest.Entry> entries) {
        try {
            return JSON.writeValueAsString(entries);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

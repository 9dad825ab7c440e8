package cn.jiceng.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.calendar.service.CalendarAdminService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import cn.jiceng.testsupport.badinput.BadInputAssertions;
import cn.jiceng.testsupport.badinput.BadInputCorpus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The calendar and any-import corpus through the real year import: a refused file leaves the year's
 * schedule (and the list of known years) as it was; dates as text, as date cells, as bare Excel
 * serials or in full-width digits give exactly the clean file's days.
 */
@JicengSpringBootTest
class CalendarBadInputTest {

    private static final int YEAR = BadInputCorpus.CALENDAR_YEAR;

    @Autowired
    CalendarAdminService admin;

    @TestFactory
    Stream<DynamicTest> corpus() {
        // a schedule for the year first, so that a refused import has something to leave alone
        admin.importYear(YEAR, "日期,类型,名称\n2034-10-01,放假,国庆节\n".getBytes(StandardCharsets.UTF_8), "bad-input baseline");
        List<String> expected = BadInputCorpus.CALENDAR_ROWS.stream()
                .map(r -> r.get(0) + "|" + (r.get(1).equals("放假") ? "HOLIDAY" : "WORKDAY") + "|" + r.get(2)).toList();
        return BadInputAssertions.tests(List.of("calendar", BadInputCorpus.ANY),
                c -> content -> admin.importYear(YEAR, content, "bad-input " + c.file()), this::snapshot, (c, result) -> {
                    assertThat(result).as(c.id()).isEqualTo(c.rows());
                    assertThat(days()).as(c.id()).isEqualTo(expected);
                });
    }

    private List<String> days() {
        return admin.daysOf(YEAR).stream().map(d -> d.getDate() + "|" + d.getKind() + "|" + d.getName()).sorted().toList();
    }

    private Object snapshot() {
        return List.of(days(), admin.knownYears().stream().map(y -> y.getYear() + "|" + y.getSource()).sorted().toList());
    }
}

package cn.jiceng.calendar.ui;

import cn.jiceng.common.ui.Times;
import cn.jiceng.common.ui.WidgetI18n;
import cn.jiceng.calendar.domain.CalendarDay;
import cn.jiceng.calendar.domain.CalendarYear;
import cn.jiceng.calendar.domain.DayKind;
import cn.jiceng.calendar.service.CalendarAdminService;
import cn.jiceng.common.importing.ImportPanel;
import cn.jiceng.common.importing.ImportRejectedException;
import cn.jiceng.common.ui.Feedback;
import cn.jiceng.security.service.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The working-day calendar (工作日历) for administrators: which years are known, each year's
 * holidays and adjusted working days, import of a year (the State Council notice appears each
 * November), single-day edits.
 */
@Route("calendar")
@RolesAllowed("ADMIN")
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private final CalendarAdminService admin;
    private final String username;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Grid<CalendarDay> days = new Grid<>();
    private final Paragraph status = new Paragraph();

    public CalendarView(CalendarAdminService admin, CurrentUser currentUser) {
        this.admin = admin;
        this.username = currentUser.require().getUsername();
        setId("calendar-view");
        add(new H2(getTranslation("calendar.title")), new Paragraph(getTranslation("calendar.help")));

        int thisYear = Times.today().getYear();
        TreeSet<Integer> years = new TreeSet<>(admin.knownYears().stream().map(CalendarYear::getYear).toList());
        IntStream.rangeClosed(thisYear - 1, thisYear + 1).forEach(years::add);
        year.setLabel(getTranslation("calendar.year"));
        year.setId("calendar-year");
        year.setItems(years.descendingSet());
        year.addValueChangeListener(e -> refresh());
        status.setId("calendar-status");
        add(year, status);

        days.setId("calendar-days");
        days.addColumn(CalendarDay::getDate).setHeader(getTranslation("calendar.date")).setAutoWidth(true);
        days.addColumn(d -> d.getDate().getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, getLocale()))
                .setHeader(getTranslation("calendar.weekday")).setAutoWidth(true);
        days.addColumn(d -> getTranslation("calendar.kind." + d.getKind().name())).setHeader(getTranslation("calendar.kind"))
                .setAutoWidth(true);
        days.addColumn(CalendarDay::getName).setHeader(getTranslation("calendar.name"));
        days.addComponentColumn(d -> {
            Button remove = new Button(getTranslation("calendar.remove"), e -> {
                admin.removeDay(d.getDate());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        days.setAllRowsVisible(true);
        add(days, addDayForm(), importPanel());
        year.setValue(thisYear);
    }

    private HorizontalLayout addDayForm() {
        DatePicker date = WidgetI18n.datePicker(new DatePicker(getTranslation("calendar.date")));
        Select<DayKind> kind = new Select<>();
        kind.setLabel(getTranslation("calendar.kind"));
        kind.setItems(DayKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("calendar.kind." + k.name()));
        kind.setValue(DayKind.HOLIDAY);
        TextField name = new TextField(getTranslation("calendar.name"));
        name.setMaxLength(40);
        Button add = new Button(getTranslation("calendar.add"), e -> {
            if (date.getValue() == null) {
                return;
            }
            try {
                admin.putDay(date.getValue(), kind.getValue(), name.getValue(), "admin " + username);
                year.setValue(date.getValue().getYear());
                refresh();
            } catch (ImportRejectedException ex) {
                var err = ex.getErrors().get(0);
                Feedback.error(err.messageKey(), err.args().toArray());
            }
        });
        HorizontalLayout row = new HorizontalLayout(date, kind, name, add);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return row;
    }

    private ImportPanel importPanel() {
        return new ImportPanel("calendar-import-upload", "calendar.import.title", "calendar.import.help",
                (fileName, data) -> {
                    Integer y = year.getValue();
                    return () -> new int[] {y, admin.importYear(y, data, "import " + fileName + " by " + username)};
                },
                (int[] done) -> {
                    refresh();
                    return getTranslation("calendar.import.done", year(done[0]), done[1]);
                });
    }

    private void refresh() {
        Integer y = year.getValue();
        if (y == null) {
            return;
        }
        days.setItems(admin.daysOf(y));
        boolean known = admin.isKnown(y);
        status.setText(getTranslation(known ? "calendar.known" : "calendar.warning.missingYear", year(y)));
        status.getStyle().set("color", known ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    }

    /** A year as digits: MessageFormat would group an Integer ("2,026"). */
    private static String year(int y) {
        return String.valueOf(y);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calendar") + " | " + getTranslation("app.title");
    }
}

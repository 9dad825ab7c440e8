package cn.jiceng.review.ui;

import cn.jiceng.common.ui.Feedback;
import cn.jiceng.common.ui.Times;
import cn.jiceng.common.ui.WidgetI18n;
import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.review.service.Queue;
import cn.jiceng.review.service.QueueFilter;
import cn.jiceng.review.service.QueuePage;
import cn.jiceng.review.service.QueueService;
import cn.jiceng.review.service.QueueSort;
import cn.jiceng.review.service.SavedFilterService;
import cn.jiceng.review.service.StepRef;
import cn.jiceng.review.service.TaskAttachmentService;
import cn.jiceng.review.service.WorkItem;
import cn.jiceng.review.service.WorkbenchService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.CurrentUser;
import cn.jiceng.security.service.RegionScopeService;
import cn.jiceng.security.service.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;

/**
 * The reviewer workbench (我的待办): one view for every level. Tabs with counts, filters, a lazily
 * loaded grid paged by key from the task projection, bulk decisions, and the case dialog with its
 * trail and operations. It knows no feature: each step's form comes from the features'
 * {@link StepView} beans.
 */
@Route("tasks")
@RolesAllowed({"REVIEWER", "HR", "MEMBER_UNIT", "LEADER", "ADMIN"})
public class WorkbenchView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final int PAGE = 50;

    private final AppUser user;
    private final QueueService queues;
    private final WorkbenchService workbench;
    private final SavedFilterService savedFilters;
    private final UserService users;
    private final List<StepView> stepViews;
    private final RegionScopeService scope;
    private final TaskAttachmentService attachments;
    private final Grid<WorkItem> grid = new Grid<>();
    /** Shown only while the list is empty, created then (a UI session keeps no hidden paragraph). */
    private Paragraph empty;
    private final Map<Queue, Tab> tabs = new EnumMap<>(Queue.class);
    private final Tabs tabBar = new Tabs();
    private final TextField text = new TextField();
    private final ComboBox<StepRef> step = new ComboBox<>();
    private final ComboBox<OrgUnit> unit = new ComboBox<>();
    private final Checkbox overdue = new Checkbox();
    /** The received-date range: a button that opens two date pickers in a dialog, built on click. */
    private final Button dates = new Button();
    private java.time.LocalDate createdFrom;
    private java.time.LocalDate createdTo;
    private final ComboBox<String> saved = new ComboBox<>();
    private final Button bulk = new Button();
    /** Keyset cursors by the offset of the page they start: the grid asks by offset, the service pages by key. */
    private final Map<Integer, QueuePage.Cursor> cursors = new HashMap<>();
    private Queue queue = Queue.TODO;
    private QueueFilter filter = QueueFilter.NONE;
    private CallbackDataProvider<WorkItem, Void> data;

    public WorkbenchView(CurrentUser currentUser, QueueService queues, WorkbenchService workbench,
                         SavedFilterService savedFilters, UserService users, RegionScopeService scope,
                         List<StepView> stepViews, TaskAttachmentService attachments) {
        this.user = currentUser.require();
        this.attachments = attachments;
        this.queues = queues;
        this.workbench = workbench;
        this.savedFilters = savedFilters;
        this.users = users;
        this.stepViews = stepViews;
        this.scope = scope;
        setId("workbench");
        setSizeFull();
        add(new H2(getTranslation("tasks.title")));

        for (Queue q : Queue.values()) {
            Tab tab = new Tab();
            tab.setId("tab-" + q.name());
            tabs.put(q, tab);
            tabBar.add(tab);
        }
        tabBar.addSelectedChangeListener(e -> tabs.forEach((q, t) -> {
            if (t == e.getSelectedTab() && q != queue) {
                queue = q;
                refresh();
            }
        }));

        text.setId("filter-text");
        text.setPlaceholder(getTranslation("workbench.filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> applyFilter(filter.withText(e.getValue())));
        step.setId("filter-step");
        step.setPlaceholder(getTranslation("workbench.filter.step"));
        step.setItems(queues.steps().stream().filter(s -> !WorkbenchService.COSIGN_STEP.equals(s.stepKey())).toList());
        step.setItemLabelGenerator(s -> Steps.name(s, s.stepKey()));
        step.setClearButtonVisible(true);
        step.addValueChangeListener(e -> applyFilter(filter.withStep(
                e.getValue() == null ? null : e.getValue().processKey(), e.getValue() == null ? null : e.getValue().stepKey())));
        unit.setId("filter-unit");
        unit.setPlaceholder(getTranslation("workbench.filter.unit"));
        // lazy: the picker holds the page it shows, not the region's whole tree (a province has thousands of units)
        unit.setItems(new com.vaadin.flow.data.provider.CallbackDataProvider<OrgUnit, String>(
                q -> scope.unitsInScope(user, q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream(),
                q -> scope.countUnitsInScope(user, q.getFilter().orElse("")), OrgUnit::getCode));
        int topDepth = scope.unitsInScope(user, "", 0, 1).stream().mapToInt(u -> depth(u.getPath())).min().orElse(0);
        // indented by level under the user's unit: a tree as a list
        unit.setItemLabelGenerator(u -> "\u3000".repeat(Math.max(0, depth(u.getPath()) - topDepth)) + u.getName());
        unit.setClearButtonVisible(true);
        unit.addValueChangeListener(e -> applyFilter(filter.withUnit(e.getValue() == null ? null : e.getValue().getCode())));
        overdue.setId("filter-overdue");
        overdue.setLabel(getTranslation("workbench.filter.overdue"));
        overdue.addValueChangeListener(e -> applyFilter(filter.withOverdue(Boolean.TRUE.equals(e.getValue()) ? true : null)));
        dates.setId("filter-dates");
        dates.addClickListener(e -> openDates());
        showDates();
        saved.setId("filter-saved");
        saved.setPlaceholder(getTranslation("workbench.filter.saved"));
        saved.setClearButtonVisible(true);
        saved.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                QueueFilter f = savedFilters.filters(user.getUsername()).get(e.getValue());
                if (f != null) {
                    load(f);
                }
            }
        });
        Button save = new Button(getTranslation("workbench.filter.save"), e -> saveFilter());
        save.setId("filter-save");
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bulk.setText(getTranslation("workbench.bulk.open"));
        bulk.setId("bulk-open");
        bulk.setEnabled(false);
        bulk.addClickListener(e -> new BulkDialog(workbench, user, grid.getSelectedItems().stream().map(WorkItem::taskId).toList(),
                this::afterBulk).open());
        HorizontalLayout filters = new HorizontalLayout(text, step, unit, dates, overdue, saved, save, bulk);
        if (user.hasRole(cn.jiceng.security.domain.Role.ADMIN)) {
            Button rebuild = new Button(getTranslation("workbench.rebuild"), VaadinIcon.REFRESH.create(), e -> {
                int open = workbench.rebuildProjection(user);
                Feedback.success("workbench.rebuilt", open);
                refresh();
            });
            rebuild.setId("projection-rebuild");
            rebuild.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            filters.add(rebuild);
        }
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.setWidthFull();
        add(tabBar, filters);

        grid.setId("tasks-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        grid.addColumn(WorkItem::caseTitle).setHeader(getTranslation("tasks.case")).setFlexGrow(3).setResizable(true)
                .setWidth("22rem")
                .setSortProperty(QueueSort.Column.TITLE.name()).setTooltipGenerator(WorkItem::caseTitle);
        // two lines in one column where they belong together (who, and the post or item; the step, and who holds
        // it): each grid column costs a UI session about 7 KB whatever it shows (docs/performance.md)
        grid.addColumn(twoLines(WorkItem::subject, WorkItem::detail)).setHeader(getTranslation("workbench.subject"))
                .setAutoWidth(true).setSortProperty(QueueSort.Column.SUBJECT.name());
        grid.addColumn(WorkItem::unitName).setHeader(getTranslation("tasks.unit")).setAutoWidth(true)
                .setSortProperty(QueueSort.Column.UNIT.name());
        grid.addColumn(twoLines(Steps::name, t -> t.assignee() == null ? "" : getTranslation("workbench.heldBy", t.assignee())))
                .setHeader(getTranslation("tasks.step")).setAutoWidth(true).setSortProperty(QueueSort.Column.STEP.name());
        grid.addColumn(t -> format(t.created())).setHeader(getTranslation("tasks.created")).setAutoWidth(true)
                .setSortProperty(QueueSort.Column.CREATED.name());
        grid.addColumn(dueBadge()).setHeader(getTranslation("tasks.due")).setAutoWidth(true)
                .setSortProperty(QueueSort.Column.DUE.name());
        grid.addColumn(actions()).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setPartNameGenerator(t -> t.overdueAt(Instant.now()) ? "overdue" : null);
        grid.addSelectionListener(e -> bulk.setEnabled(!e.getAllSelectedItems().isEmpty() && queue != Queue.DONE));
        grid.addSortListener(e -> resetCursors());
        grid.setSizeFull();
        add(grid);

        data = new CallbackDataProvider<>(q -> fetch(q.getOffset(), q.getLimit(), q.getSortOrders()),
                q -> (int) Math.min(Integer.MAX_VALUE, queues.count(user, queue, filter)), WorkItem::taskId);
        grid.setItems(data);
        refreshSaved();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        Optional.ofNullable(params.get("tab")).flatMap(v -> v.stream().findFirst()).flatMap(WorkbenchView::queueOf)
                .ifPresent(q -> queue = q);
        if (params.containsKey("overdue")) {
            overdue.setValue(true);
            filter = filter.withOverdue(true);
        }
        tabBar.setSelectedTab(tabs.get(queue));
        refresh();
        Optional.ofNullable(params.get("task")).flatMap(v -> v.stream().findFirst()).ifPresent(this::openCase);
    }

    private static Optional<Queue> queueOf(String name) {
        return Stream.of(Queue.values()).filter(q -> q.name().equalsIgnoreCase(name)).findFirst();
    }

    private Stream<WorkItem> fetch(int offset, int limit, List<QuerySortOrder> sortOrders) {
        List<QueueSort> sort = new ArrayList<>();
        for (QuerySortOrder o : sortOrders) {
            sort.add(new QueueSort(QueueSort.Column.valueOf(o.getSorted()), o.getDirection() == SortDirection.ASCENDING));
        }
        QueuePage page;
        if (offset == 0) {
            page = queues.page(user, queue, filter, sort, null, limit);
        } else if (cursors.containsKey(offset)) {
            page = queues.page(user, queue, filter, sort, cursors.get(offset), limit);
        } else {
            page = queues.pageAt(user, queue, filter, sort, offset, limit);
        }
        if (page.next() != null) {
            if (cursors.size() > 400) {
                cursors.clear();
            }
            cursors.put(offset + page.rows().size(), page.next());
        }
        return page.rows().stream();
    }

    private void resetCursors() {
        cursors.clear();
    }

    private void applyFilter(QueueFilter next) {
        filter = next;
        refresh();
    }

    private void load(QueueFilter f) {
        text.setValue(f.text() == null ? "" : f.text());
        step.setValue(step.getListDataView().getItems()
                .filter(s -> s.processKey().equals(f.processKey()) && s.stepKey().equals(f.stepKey())).findFirst().orElse(null));
        unit.setValue(scope.unitInScope(user, f.unitCode()).orElse(null));
        overdue.setValue(Boolean.TRUE.equals(f.overdue()));
        createdFrom = f.createdFrom();
        createdTo = f.createdTo();
        showDates();
        applyFilter(f);
    }

    /** The range on the button: 接收日期, or 接收日期 12-01 至 12-03 once chosen. */
    private void showDates() {
        java.time.format.DateTimeFormatter md = java.time.format.DateTimeFormatter.ofPattern("MM-dd");
        dates.setText(createdFrom == null && createdTo == null ? getTranslation("workbench.filter.dates")
                : getTranslation("workbench.filter.range", createdFrom == null ? "…" : md.format(createdFrom),
                        createdTo == null ? "…" : md.format(createdTo)));
    }

    private void openDates() {
        DatePicker from = new DatePicker(getTranslation("workbench.filter.from"), createdFrom);
        DatePicker to = new DatePicker(getTranslation("workbench.filter.to"), createdTo);
        from.setId("filter-from");
        to.setId("filter-to");
        WidgetI18n.datePicker(from);
        WidgetI18n.datePicker(to);
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation("workbench.filter.dates"));
        dialog.add(new HorizontalLayout(from, to));
        Button clear = new Button(getTranslation("workbench.filter.clear"), e -> {
            dialog.close();
            setDates(null, null);
        });
        clear.setId("filter-dates-clear");
        Button ok = new Button(getTranslation("workbench.filter.apply"), e -> {
            if (from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue())) {
                to.setInvalid(true);
                to.setErrorMessage(getTranslation("workbench.filter.order"));
                return;
            }
            dialog.close();
            setDates(from.getValue(), to.getValue());
        });
        ok.setId("filter-dates-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(clear, ok);
        dialog.open();
    }

    private void setDates(java.time.LocalDate start, java.time.LocalDate end) {
        createdFrom = start;
        createdTo = end;
        showDates();
        applyFilter(filter.withCreated(start, end));
    }

    private void saveFilter() {
        TextField name = new TextField(getTranslation("workbench.filter.name"));
        name.setId("filter-save-name");
        name.setMaxLength(100);
        var dialog = new com.vaadin.flow.component.dialog.Dialog(getTranslation("workbench.filter.save"));
        Button ok = new Button(getTranslation("common.save"), e -> {
            try {
                savedFilters.save(user.getUsername(), name.getValue(), filter);
                dialog.close();
                refreshSaved();
                saved.setValue(name.getValue().strip());
                Feedback.success("workbench.filter.saved.done");
            } catch (IllegalArgumentException ex) {
                Feedback.error(ex.getMessage());
            }
        });
        ok.setId("filter-save-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void refreshSaved() {
        saved.setItems(savedFilters.filters(user.getUsername()).keySet());
    }

    /** Counts on the tabs and the list from the first page; the selection stays (ids are task ids). */
    void refresh() {
        resetCursors();
        Map<Queue, Long> counts = queues.counts(user);
        tabs.forEach((q, tab) -> tab.setLabel(getTranslation("workbench.tab." + q.name(), counts.getOrDefault(q, 0L))));
        long n = queues.count(user, queue, filter);
        if (n == 0) {
            if (empty == null) {
                empty = new Paragraph();
                empty.setId("tasks-empty");
                addComponentAtIndex(indexOf(grid), empty);
            }
            empty.setText(getTranslation(filter.equals(QueueFilter.NONE) ? "tasks.empty" : "workbench.emptyFiltered"));
        } else if (empty != null) {
            remove(empty);
            empty = null;
        }
        data.refreshAll();
    }

    private void afterBulk() {
        grid.deselectAll();
        refresh();
    }

    /*
     * The due date and the row's buttons are Lit templates rendered in the browser, not server-side
     * components per row: a page of rows then costs the UI session a few properties per row
     * instead of a component tree (the retained heap per session, docs/performance.md).
     */
    private LitRenderer<WorkItem> dueBadge() {
        return LitRenderer.<WorkItem>of("<span theme=\"${item.theme}\" title=\"${item.hint}\">${item.due}</span>")
                .withProperty("due", t -> format(t.due()))
                .withProperty("theme", t -> t.overdueAt(Instant.now()) ? "badge error"
                        : t.open() && t.due() != null && t.due().isBefore(Instant.now().plusSeconds(3 * 86_400L)) ? "badge contrast" : "")
                .withProperty("hint", t -> t.overdueAt(Instant.now()) ? getTranslation("workbench.overdue") : "");
    }

    /** A main line and, below it in a smaller secondary text, a second one (empty: none); the second is also the tooltip. */
    private static LitRenderer<WorkItem> twoLines(java.util.function.Function<WorkItem, String> main,
                                                  java.util.function.Function<WorkItem, String> second) {
        return LitRenderer.<WorkItem>of("<div title=\"${item.second}\">${item.main}</div>"
                        + "<div ?hidden=\"${!item.second}\" style=\"font-size: var(--lumo-font-size-s);"
                        + " color: var(--lumo-secondary-text-color)\">${item.second}</div>")
                .withProperty("main", t -> main.apply(t))
                .withProperty("second", t -> second.apply(t));
    }

    private LitRenderer<WorkItem> actions() {
        return LitRenderer.<WorkItem>of("<vaadin-button theme=\"small primary\" ?hidden=\"${!item.handle}\""
                        + " data-task=\"${item.handle ? item.title : ''}\" @click=\"${handle}\">"
                        + escape(getTranslation("tasks.handle")) + "</vaadin-button>"
                        + "<vaadin-button theme=\"small tertiary\" data-case=\"${item.title}\" @click=\"${details}\">"
                        + escape(getTranslation("workbench.details")) + "</vaadin-button>")
                .withProperty("title", WorkItem::caseTitle)
                .withProperty("handle", t -> t.open() && (queue == Queue.TODO || queue == Queue.MINE || queue == Queue.CLAIMABLE))
                .withFunction("handle", this::handle)
                .withFunction("details", t -> openCase(t.taskId()));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Opens the step's form: a co-sign or a delegated task gets the workbench's own answer form. */
    void handle(WorkItem t) {
        WorkItem checked;
        try {
            checked = workbench.inQueue(user, t.taskId());
        } catch (AccessDeniedException e) {
            Feedback.error("workbench.error.taken");
            refresh();
            return;
        }
        if (WorkbenchService.COSIGN_STEP.equals(checked.stepKey())) {
            OpinionDialog.open("workbench.cosign.title", checked, user, attachments, o -> workbench.cosign(user, checked.taskId(), o), this::refresh);
            return;
        }
        if (checked.owner() != null && user.getUsername().equals(checked.assignee()) && !checked.owner().equals(user.getUsername())) {
            OpinionDialog.open("workbench.resolve.title", checked, user, attachments, o -> workbench.resolve(user, checked.taskId(), o), this::refresh);
            return;
        }
        stepViews.stream().filter(v -> v.handles(checked.step())).findFirst()
                .orElseGet(() -> stepViews.stream().filter(v -> v instanceof DecisionStepView).findFirst().orElseThrow())
                .open(checked, user, this::refresh);
    }

    void openCase(String taskId) {
        try {
            new CaseDialog(workbench, attachments, users, user, workbench.readable(user, taskId), this::handle, this::refresh).open();
        } catch (AccessDeniedException e) {
            Feedback.error("workbench.error.noAccess");
        }
    }

    static String format(Instant instant) {
        return Times.format(instant);
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tasks") + " | " + getTranslation("app.title");
    }
}

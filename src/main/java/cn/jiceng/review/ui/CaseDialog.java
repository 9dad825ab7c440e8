package cn.jiceng.review.ui;

import cn.jiceng.common.ui.Feedback;
import cn.jiceng.review.service.TaskAttachmentService;
import cn.jiceng.review.service.TaskOperation;
import cn.jiceng.review.service.TrailEntry;
import cn.jiceng.review.service.WorkItem;
import cn.jiceng.review.service.WorkbenchService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A case as the workbench shows it: where it stands, the steps taken and the whole trail (who,
 * unit, when, opinion, attachments; nothing deleted), and the operations the step allows.
 */
class CaseDialog extends Dialog {

    private final WorkbenchService workbench;
    private final TaskAttachmentService attachments;
    private final UserService users;
    private final AppUser user;
    private final WorkItem task;
    private final Runnable onChange;

    CaseDialog(WorkbenchService workbench, TaskAttachmentService attachments, UserService users, AppUser user, WorkItem task,
               Consumer<WorkItem> handle, Runnable onChange) {
        this.workbench = workbench;
        this.attachments = attachments;
        this.users = users;
        this.user = user;
        this.task = task;
        this.onChange = onChange;
        setId("case-dialog");
        setHeaderTitle(task.caseTitle());
        setWidth("64rem");
        Paragraph where = new Paragraph(getTranslation("workbench.case.where", Steps.name(task), task.unitName(),
                WorkbenchView.format(task.due()), task.assignee() == null ? getTranslation("workbench.unassigned") : task.assignee(),
                getTranslation("workbench.status." + task.status())));
        where.setId("case-where");
        add(where);
        if (!task.subject().isEmpty() || !task.detail().isEmpty()) {
            add(new Paragraph(String.join(" · ", List.of(task.subject(), task.detail()).stream().filter(s -> !s.isEmpty()).toList())));
        }

        add(new H4(getTranslation("workbench.case.steps")));
        Grid<WorkItem> steps = new Grid<>();
        steps.setId("case-steps");
        steps.addColumn(Steps::name).setHeader(getTranslation("tasks.step")).setAutoWidth(true);
        steps.addColumn(WorkItem::unitName).setHeader(getTranslation("tasks.unit")).setAutoWidth(true);
        steps.addColumn(t -> WorkbenchView.format(t.created())).setHeader(getTranslation("tasks.created")).setAutoWidth(true);
        steps.addColumn(t -> WorkbenchView.format(t.ended())).setHeader(getTranslation("workbench.ended")).setAutoWidth(true);
        steps.addColumn(t -> t.endedBy() == null ? (t.assignee() == null ? "" : t.assignee()) : t.endedBy())
                .setHeader(getTranslation("workbench.by")).setAutoWidth(true);
        steps.addColumn(t -> getTranslation("workbench.status." + t.status())).setHeader(getTranslation("workbench.state"))
                .setAutoWidth(true);
        steps.setItems(workbench.stepsOf(user, task.taskId()));
        steps.setAllRowsVisible(true);
        add(steps);

        add(new H4(getTranslation("workbench.case.trail")));
        Grid<TrailEntry> trail = new Grid<>();
        trail.setId("case-trail");
        trail.addColumn(e -> WorkbenchView.format(e.at())).setHeader(getTranslation("workbench.trail.at")).setAutoWidth(true);
        trail.addColumn(TrailEntry::stepName).setHeader(getTranslation("tasks.step")).setAutoWidth(true);
        trail.addColumn(e -> getTranslation("workbench.trail." + e.kind())).setHeader(getTranslation("workbench.trail.kind"))
                .setAutoWidth(true);
        trail.addColumn(e -> e.actor() + (e.actorUnitCode() == null ? "" : " (" + e.actorUnitCode() + ")"))
                .setHeader(getTranslation("workbench.by")).setAutoWidth(true);
        trail.addColumn(e -> e.target() == null ? "" : Steps.label("decision." + e.target(), e.target())).setHeader(getTranslation("workbench.trail.target"))
                .setAutoWidth(true);
        trail.addColumn(e -> e.opinion() == null ? "" : e.opinion()).setHeader(getTranslation("workbench.opinion"))
                .setFlexGrow(2).setTooltipGenerator(e -> e.opinion() == null ? "" : e.opinion());
        Map<Long, List<TaskAttachmentService.Attachment>> files = attachments.ofCase(user, task.taskId());
        trail.addComponentColumn(e -> attachmentLinks(files.getOrDefault(e.id(), List.of())))
                .setHeader(getTranslation("workbench.attachments")).setAutoWidth(true);
        List<TrailEntry> entries = workbench.trailOf(user, task.taskId());
        trail.setItems(entries);
        trail.setAllRowsVisible(true);
        add(entries.isEmpty() ? new Paragraph(getTranslation("workbench.trail.empty")) : trail);

        String svg = workbench.diagramOf(user, task.taskId());
        if (!svg.isEmpty()) {
            add(new H4(getTranslation("workbench.case.diagram")), new ProcessDiagram(svg));
        }

        HorizontalLayout operations = new HorizontalLayout();
        operations.setWrap(true);
        Set<TaskOperation> allowed = task.open() ? workbench.operations(task) : Set.of();
        boolean mine = user.getUsername().equals(task.assignee());
        if (task.open()) {
            Button handleButton = button("workbench.op.handle", () -> {
                close();
                handle.accept(task);
            });
            handleButton.setId("op-handle");
            handleButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            operations.add(handleButton);
        }
        if (allowed.contains(TaskOperation.CLAIM) && task.assignee() == null) {
            operations.add(op("op-claim", "workbench.op.claim", () -> workbench.claim(user, task.taskId())));
        }
        if (allowed.contains(TaskOperation.UNCLAIM) && mine) {
            operations.add(op("op-unclaim", "workbench.op.unclaim", () -> workbench.unclaim(user, task.taskId())));
        }
        if (allowed.contains(TaskOperation.DELEGATE)) {
            operations.add(colleagueOp("op-delegate", "workbench.op.delegate", (to, note) -> workbench.delegate(user, task.taskId(), to, note)));
        }
        if (allowed.contains(TaskOperation.TRANSFER)) {
            operations.add(colleagueOp("op-transfer", "workbench.op.transfer", (to, note) -> workbench.transfer(user, task.taskId(), to, note)));
        }
        if (allowed.contains(TaskOperation.RETURN) && !workbench.returnTargets(task).isEmpty()) {
            Button ret = button("workbench.op.return", this::returnDialog);
            ret.setId("op-return");
            operations.add(ret);
        }
        if (allowed.contains(TaskOperation.COSIGN)) {
            operations.add(colleagueOp("op-cosign", "workbench.op.cosign", (to, note) -> workbench.addCosigner(user, task.taskId(), to)));
            for (WorkItem co : workbench.cosigners(task.taskId())) {
                if (co.open()) {
                    operations.add(op("op-uncosign-" + co.assignee(), "workbench.op.uncosign",
                            () -> workbench.removeCosigner(user, task.taskId(), co.taskId()), co.assignee()));
                }
            }
        }
        if (allowed.contains(TaskOperation.COPY)) {
            Button copy = button("workbench.op.copy", this::copyDialog);
            copy.setId("op-copy");
            operations.add(copy);
        }
        if (allowed.contains(TaskOperation.REMIND) && !mine) {
            operations.add(op("op-remind", "workbench.op.remind", () -> workbench.remind(user, task.taskId(), null)));
        }
        if (!task.open() && WorkbenchService.COSIGN_STEP.equals(task.stepKey()) == false
                && user.getUsername().equals(task.endedBy())) {
            operations.add(op("op-withdraw", "workbench.op.withdraw", () -> workbench.withdraw(user, task.taskId())));
        }
        getFooter().add(operations, new Button(getTranslation("common.close"), e -> close()));
    }

    private Button button(String key, Runnable action) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    /** Each attachment of a decision as a download link; the download checks the case again and is audited. */
    private Div attachmentLinks(List<TaskAttachmentService.Attachment> list) {
        Div links = new Div();
        for (TaskAttachmentService.Attachment a : list) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                TaskAttachmentService.Content c = attachments.download(user, a.id());
                return new DownloadResponse(new ByteArrayInputStream(c.content()), c.fileName(), c.contentType(),
                        c.content().length);
            }), a.fileName());
            link.addClassName("trail-attachment");
            link.getElement().setAttribute("data-attachment", String.valueOf(a.id()));
            link.getElement().setAttribute("download", true);
            link.getStyle().set("display", "block");
            links.add(link);
        }
        return links;
    }

    private Button op(String id, String key, Runnable action, Object... args) {
        Button b = new Button(getTranslation(key, args), e -> run(action));
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    private void run(Runnable action) {
        try {
            action.run();
            Feedback.success("workbench.done");
            close();
            onChange.run();
        } catch (IllegalArgumentException e) {
            Feedback.error(e.getMessage());
        } catch (org.springframework.security.access.AccessDeniedException e) {
            Feedback.error("workbench.error.taken");
            close();
            onChange.run();
        }
    }

    private ComboBox<AppUser> colleagues() {
        ComboBox<AppUser> to = new ComboBox<>(getTranslation("workbench.colleague"));
        to.setId("workbench-colleague");
        to.setItems(users.usersInScope(user).stream().filter(u -> !u.getUsername().equals(user.getUsername())
                && u.getUnitCode() != null && u.isEnabled()).toList());
        to.setItemLabelGenerator(u -> u.getDisplayName() + " (" + u.getUsername() + ")");
        to.setWidthFull();
        return to;
    }

    private Button colleagueOp(String id, String key, java.util.function.BiConsumer<String, String> action) {
        Button b = button(key, () -> {
            Dialog d = new Dialog(getTranslation(key));
            ComboBox<AppUser> to = colleagues();
            TextArea note = new TextArea(getTranslation("workbench.note"));
            note.setWidthFull();
            note.setMaxLength(1000);
            Button ok = new Button(getTranslation("common.confirm"), e -> {
                if (to.getValue() == null) {
                    Feedback.error("workbench.error.noSuchColleague");
                    return;
                }
                d.close();
                run(() -> action.accept(to.getValue().getUsername(), note.getValue()));
            });
            ok.setId(id + "-ok");
            ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            d.add(to, note);
            d.getFooter().add(new Button(getTranslation("common.cancel"), e -> d.close()), ok);
            d.setWidth("28rem");
            d.open();
        });
        b.setId(id);
        return b;
    }

    private void returnDialog() {
        Dialog d = new Dialog(getTranslation("workbench.op.return"));
        ComboBox<String> target = new ComboBox<>(getTranslation("workbench.return.target"));
        target.setId("return-target");
        List<String> targets = workbench.returnTargets(task);
        target.setItems(targets);
        target.setItemLabelGenerator(t -> Steps.name(new cn.jiceng.review.service.StepRef(task.processKey(), t, null), t));
        if (targets.size() == 1) {
            target.setValue(targets.get(0));
        }
        TextArea reason = new TextArea(getTranslation("workbench.return.reason"));
        reason.setId("return-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.setRequired(true);
        Button ok = new Button(getTranslation("workbench.op.return"), e -> {
            d.close();
            run(() -> workbench.returnTo(user, task.taskId(), target.getValue(), reason.getValue()));
        });
        ok.setId("return-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        d.add(target, reason);
        d.getFooter().add(new Button(getTranslation("common.cancel"), e -> d.close()), ok);
        d.setWidth("28rem");
        d.open();
    }

    private void copyDialog() {
        Dialog d = new Dialog(getTranslation("workbench.op.copy"));
        MultiSelectComboBox<AppUser> to = new MultiSelectComboBox<>(getTranslation("workbench.colleague"));
        to.setId("copy-to");
        to.setItems(users.usersInScope(user).stream().filter(u -> !u.getUsername().equals(user.getUsername())
                && u.getUnitCode() != null && u.isEnabled()).toList());
        to.setItemLabelGenerator(u -> u.getDisplayName() + " (" + u.getUsername() + ")");
        to.setWidthFull();
        Button ok = new Button(getTranslation("workbench.op.copy"), e -> {
            d.close();
            run(() -> workbench.copy(user, task.taskId(), to.getValue().stream().map(AppUser::getUsername).toList()));
        });
        ok.setId("copy-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(to);
        d.getFooter().add(new Button(getTranslation("common.cancel"), e -> d.close()), ok);
        d.setWidth("28rem");
        d.open();
    }
}

package cn.jiceng.publicity.ui;

import cn.jiceng.common.ui.Times;
import cn.jiceng.publicity.service.ObjectionForm;
import cn.jiceng.publicity.service.PublicNotice;
import cn.jiceng.publicity.service.PublicityInputException;
import cn.jiceng.publicity.service.PublicityService;
import cn.jiceng.publicity.web.NoticePdfController;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** One notice, its entries, the PDF and the real-name objection form: /gongshi/{noticeNo}. */
@Route(value = "gongshi/:noticeNo", autoLayout = false)
@AnonymousAllowed
public class PublicNoticeView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicityService publicity;
    private PublicNotice notice;

    public PublicNoticeView(PublicityService publicity) {
        this.publicity = publicity;
        setId("public-notice");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String no = event.getRouteParameters().get("noticeNo").orElse("");
        notice = publicity.publicNotice(no).orElseThrow(NotFoundException::new);
        content.removeAll();
        H2 title = new H2(notice.title());
        title.setId("notice-title");
        Paragraph meta = new Paragraph(getTranslation("public.notice.meta", notice.unitName(),
                Times.formatDate(notice.startDate()), Times.formatDate(notice.endDate()), notice.workingDays()));
        meta.setId("notice-period");
        Anchor pdf = new Anchor(NoticePdfController.PATH + notice.noticeNo(), getTranslation("public.notice.pdf"));
        pdf.setTarget(AnchorTarget.BLANK);
        pdf.setRouterIgnore(true);
        pdf.setId("notice-pdf");
        content.add(title, meta, pdf);
        if (notice.calendarWarning()) {
            Paragraph warning = new Paragraph(getTranslation("calendar.warning.uncovered"));
            warning.getStyle().set("color", "var(--lumo-error-text-color)");
            content.add(warning);
        }
        Paragraph body = new Paragraph(notice.body());
        body.getStyle().set("white-space", "pre-wrap");
        content.add(body);

        Grid<PublicNotice.Entry> entries = new Grid<>();
        entries.setId("notice-entries");
        entries.addColumn(PublicNotice.Entry::seq).setHeader(getTranslation("public.entry.seq")).setAutoWidth(true).setFlexGrow(0);
        entries.addColumn(PublicNotice.Entry::name).setHeader(getTranslation("public.entry.name")).setAutoWidth(true);
        entries.addColumn(PublicNotice.Entry::detail).setHeader(getTranslation("public.entry.detail")).setFlexGrow(3);
        if (notice.entries().stream().anyMatch(e -> e.outcome() != null)) {
            entries.addColumn(e -> e.outcome() == null ? "" : getTranslation("publicity.outcome." + e.outcome().name()))
                    .setHeader(getTranslation("public.entry.outcome")).setAutoWidth(true);
        }
        entries.setItems(notice.entries());
        entries.setAllRowsVisible(true);
        content.add(entries);
        if (notice.contact() != null && !notice.contact().isBlank()) {
            content.add(new Paragraph(getTranslation("public.notice.contact", notice.contact())));
        }
        content.add(notice.acceptingObjections() ? objectionForm() : new Paragraph(getTranslation("public.objection.closed")));
    }

    private Component objectionForm() {
        H3 heading = new H3(getTranslation("public.objection.title"));
        Paragraph help = new Paragraph(getTranslation("public.objection.help"));
        ComboBox<PublicNotice.Entry> entry = new ComboBox<>(getTranslation("public.objection.entry"));
        entry.setId("objection-entry");
        entry.setItems(notice.entries());
        entry.setItemLabelGenerator(e -> e.seq() + ". " + e.name());
        entry.setRequired(true);
        TextField name = new TextField(getTranslation("public.objection.name"));
        name.setId("objection-name");
        name.setMaxLength(30);
        name.setRequired(true);
        TextField phone = new TextField(getTranslation("public.objection.phone"));
        phone.setId("objection-phone");
        phone.setMaxLength(20);
        phone.setRequired(true);
        TextArea reason = new TextArea(getTranslation("public.objection.reason"));
        reason.setId("objection-reason");
        reason.setWidthFull();
        reason.setMinHeight("8rem");
        reason.setRequired(true);
        reason.setHelperText(getTranslation("public.objection.reasonHelp", PublicityService.MAX_REASON));
        Div result = new Div();
        result.setId("objection-result");
        Map<String, HasValidation> fields = Map.of("entry", entry, "name", name, "phone", phone, "reason", reason);
        Button submit = new Button(getTranslation("public.objection.submit"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            result.removeAll();
            try {
                String receipt = publicity.fileObjection(new ObjectionForm(notice.noticeNo(),
                        entry.getValue() == null ? null : entry.getValue().id(), name.getValue(), phone.getValue(),
                        reason.getValue()), clientAddress());
                Paragraph ok = new Paragraph(getTranslation("public.objection.received", receipt));
                ok.setId("objection-receipt");
                ok.getElement().setAttribute("data-receipt", receipt);
                ok.getStyle().set("color", "var(--lumo-success-text-color)").set("font-weight", "600");
                result.add(ok);
                name.clear();
                phone.clear();
                reason.clear();
                entry.clear();
            } catch (PublicityInputException ex) {
                String message = getTranslation(ex.getMessageKey(), ex.getArgs());
                HasValidation field = fields.get(ex.getField());
                if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }
                Paragraph error = new Paragraph(message);
                error.setId("objection-error");
                error.getStyle().set("color", "var(--lumo-error-text-color)");
                result.add(error);
                Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        submit.setId("objection-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(heading, help, entry, new Div(name, phone), reason, submit, result);
        form.getStyle().set("margin-top", "var(--lumo-space-l)");
        return form;
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "unknown" : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return (notice == null ? "" : notice.title() + " | ") + getTranslation("app.title");
    }
}

package cn.jiceng.publicity.ui;

import cn.jiceng.common.ui.Times;
import cn.jiceng.publicity.service.ObjectionReceipt;
import cn.jiceng.publicity.service.PublicityService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The objector reads the answer with their receipt number: /gongshi-receipt?no=XXXX-XXXX-XXXX. */
@Route(value = "gongshi-receipt", autoLayout = false)
@AnonymousAllowed
public class ObjectionReceiptView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {


    private final PublicityService publicity;
    private final TextField number = new TextField();
    private final Div result = new Div();

    public ObjectionReceiptView(PublicityService publicity) {
        this.publicity = publicity;
        setId("objection-receipt-view");
        number.setId("receipt-number");
        number.setPlaceholder("XXXX-XXXX-XXXX");
        number.setMaxLength(20);
        Button look = new Button(getTranslation("public.receipt.look"), e -> show(number.getValue()));
        look.setId("receipt-look");
        result.setId("receipt-result");
        HorizontalLayout row = new HorizontalLayout(number, look);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        content.add(new H2(getTranslation("public.receipt.title")), new Paragraph(getTranslation("public.receipt.help")),
                row, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("no").ifPresent(no -> {
            number.setValue(no);
            show(no);
        });
    }

    private void show(String no) {
        result.removeAll();
        ObjectionReceipt r = publicity.receipt(no).orElse(null);
        if (r == null) {
            result.add(new Paragraph(getTranslation("public.receipt.unknown")));
            return;
        }
        result.add(new Paragraph(getTranslation("public.receipt.notice", r.noticeTitle(), r.entryName())),
                new Paragraph(getTranslation("public.receipt.submitted", r.maskedObjectorName(), Times.format(r.submittedAt()))));
        Paragraph status = new Paragraph(getTranslation("public.receipt.status",
                getTranslation("publicity.objectionStatus." + r.status().name())));
        status.setId("receipt-status");
        result.add(status);
        if (r.reply() != null) {
            Paragraph reply = new Paragraph(getTranslation("public.receipt.reply",
                    getTranslation("publicity.outcome." + r.outcome().name()), r.reply()));
            reply.setId("receipt-reply");
            reply.getStyle().set("white-space", "pre-wrap");
            result.add(reply);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.receipt.title") + " | " + getTranslation("app.title");
    }
}

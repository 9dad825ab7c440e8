package cn.jiceng.publicity.ui;

import cn.jiceng.common.i18n.LanguageSwitch;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The frame of the public pages (no login): a header with links and the language switch. */
public abstract class PublicPage extends VerticalLayout {

    protected final Div content = new Div();

    protected PublicPage() {
        setPadding(false);
        setSpacing(false);
        setWidthFull();
        Span brand = new Span(getTranslation("app.title") + " · " + getTranslation("public.title"));
        brand.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        Anchor list = new Anchor("gongshi", getTranslation("public.nav.notices"));
        Anchor receipt = new Anchor("gongshi-receipt", getTranslation("public.nav.receipt"));
        Anchor recruitment = new Anchor("recruitment", getTranslation("public.nav.recruitment"));
        Anchor staff = new Anchor("login", getTranslation("public.nav.staff"));
        HorizontalLayout header = new HorizontalLayout(brand, list, receipt, recruitment, staff, new LanguageSwitch());
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(brand);
        header.setWidthFull();
        header.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-l)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        content.setWidthFull();
        content.getStyle().set("max-width", "60rem").set("margin", "0 auto").set("padding", "var(--lumo-space-m)")
                .set("box-sizing", "border-box");
        add(header, content);
    }
}

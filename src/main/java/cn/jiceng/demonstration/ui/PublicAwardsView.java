package cn.jiceng.demonstration.ui;

import cn.jiceng.common.ui.Downloads;
import cn.jiceng.common.ui.Times;
import cn.jiceng.demonstration.service.AwardEntry;
import cn.jiceng.demonstration.service.AwardList;
import cn.jiceng.publicity.ui.PublicPage;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * The published award list of a program (命名名单), without login, like the public notices:
 * /shifan/{program code}; only announced programs, and only unit names, outcomes, awards and
 * subsidies. The PDF is the same list for printing.
 */
@Route(value = "shifan/:code", autoLayout = false)
@AnonymousAllowed
public class PublicAwardsView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "shifan/";

    private final DemonstrationUi ui;
    private AwardList list;

    public PublicAwardsView(DemonstrationUi ui) {
        this.ui = ui;
        setId("public-awards");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        list = ui.programs().awardList(code).orElseThrow(NotFoundException::new);
        content.removeAll();
        H2 title = new H2(getTranslation("demui.awards.title", list.programName()));
        title.setId("awards-title");
        Paragraph meta = new Paragraph(getTranslation("demui.awards.meta", list.officeUnitName(),
                list.announcedAt() == null ? "" : Times.formatDate(list.announcedAt()), list.awarded().size()));
        meta.setId("awards-meta");
        AwardList l = list;
        Anchor pdf = new Anchor(Downloads.file(l.programCode() + "-awards.pdf", "application/pdf", () -> ui.pdf().render(l)),
                getTranslation("demui.awards.pdf"));
        pdf.setTarget(AnchorTarget.BLANK);
        pdf.setId("awards-pdf");
        content.add(title, meta, pdf, grid("award-list", list.awarded(), true));
        content.add(new Paragraph(getTranslation("demui.awards.totals", AwardListPdfFormat.yuan(list.citySubsidyTotal()),
                AwardListPdfFormat.yuan(list.countySubsidyMinTotal()))));
        if (!list.weak().isEmpty()) {
            content.add(new H3(getTranslation("demui.awards.weak")), grid("award-weak", list.weak(), false));
        }
    }

    private Grid<AwardEntry> grid(String id, List<AwardEntry> entries, boolean awards) {
        Grid<AwardEntry> g = new Grid<>();
        g.setId(id);
        g.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        g.addColumn(AwardEntry::countyName).setHeader(getTranslation("demui.nomination.county")).setAutoWidth(true);
        g.addColumn(AwardEntry::unitName).setHeader(getTranslation("demui.nomination.unit")).setAutoWidth(true);
        g.addColumn(AwardEntry::outcomeName).setHeader(getTranslation("demui.nomination.final")).setAutoWidth(true);
        g.addColumn(e -> e.score() == null ? "" : DefinitionEditorView.plain(e.score()))
                .setHeader(getTranslation("demui.nomination.score")).setAutoWidth(true);
        if (awards) {
            g.addColumn(e -> e.awardText() == null ? "" : e.awardText()).setHeader(getTranslation("demui.awards.award")).setFlexGrow(2);
            g.addColumn(e -> AwardListPdfFormat.yuan(e.citySubsidy())).setHeader(getTranslation("demui.nomination.citySubsidy"))
                    .setAutoWidth(true);
            g.addColumn(e -> AwardListPdfFormat.range(e.countySubsidyMin(), e.countySubsidyMax()))
                    .setHeader(getTranslation("demui.awards.countySubsidy")).setAutoWidth(true);
        }
        g.setItems(entries);
        g.setAllRowsVisible(true);
        return g;
    }

    @Override
    public String getPageTitle() {
        return (list == null ? "" : list.programName() + " | ") + getTranslation("app.title");
    }
}

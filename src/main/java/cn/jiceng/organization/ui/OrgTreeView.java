package cn.jiceng.organization.ui;

import cn.jiceng.common.importing.ImportErrorsGrid;
import cn.jiceng.common.importing.ImportRejectedException;
import cn.jiceng.common.importing.TabularFileReader;
import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.organization.service.OrgTreeImportResult;
import cn.jiceng.organization.service.OrgTreeImportService;
import cn.jiceng.organization.service.OrgUnitService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Role;
import cn.jiceng.security.service.CurrentUser;
import cn.jiceng.security.service.RegionScopeService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Stream;

/** The organisation tree within the user's region; administrators can import units from CSV or Excel. */
@Route("org")
@RolesAllowed({"ADMIN", "REVIEWER", "HR", "LEADER", "MEMBER_UNIT"})
public class OrgTreeView extends VerticalLayout implements HasDynamicTitle {

    private final TreeGrid<OrgUnit> tree = new TreeGrid<>();

    public OrgTreeView(CurrentUser currentUser, RegionScopeService scope, OrgUnitService orgUnits,
                       OrgTreeImportService importService) {
        setSizeFull();
        AppUser user = currentUser.require();
        add(new H2(getTranslation("org.title")));

        tree.setId("org-tree");
        tree.addHierarchyColumn(OrgUnit::getName).setHeader(getTranslation("org.name")).setFlexGrow(2);
        tree.addColumn(OrgUnit::getCode).setHeader(getTranslation("org.code")).setAutoWidth(true);
        tree.addColumn(u -> getTranslation("level." + u.getLevel().name())).setHeader(getTranslation("org.level")).setAutoWidth(true);
        tree.addColumn(u -> getTranslation("unitType." + u.getType().name())).setHeader(getTranslation("org.type")).setAutoWidth(true);
        tree.setDataProvider(new AbstractBackEndHierarchicalDataProvider<OrgUnit, Void>() {
            @Override
            protected Stream<OrgUnit> fetchChildrenFromBackEnd(HierarchicalQuery<OrgUnit, Void> query) {
                List<OrgUnit> items = query.getParent() == null ? scope.scopeRoots(user) : orgUnits.children(query.getParent());
                return items.stream().skip(query.getOffset()).limit(query.getLimit());
            }

            @Override
            public int getChildCount(HierarchicalQuery<OrgUnit, Void> query) {
                return query.getParent() == null ? scope.scopeRoots(user).size() : orgUnits.children(query.getParent()).size();
            }

            @Override
            public boolean hasChildren(OrgUnit item) {
                return orgUnits.hasChildren(item);
            }
        });
        scope.scopeRoots(user).forEach(root -> tree.expand(root));
        tree.setSizeFull();
        add(tree);
        setFlexGrow(1, tree);

        if (user.hasRole(Role.ADMIN)) {
            add(importPanel(importService));
        }
    }

    private VerticalLayout importPanel(OrgTreeImportService importService) {
        ImportErrorsGrid errors = new ImportErrorsGrid();
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> {
            try {
                OrgTreeImportResult result = importService.importFile(data);
                errors.show(List.of());
                tree.getDataProvider().refreshAll();
                Notification.show(getTranslation("org.import.done", result.created(), result.renamed(), result.unchanged()),
                        5000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ImportRejectedException e) {
                errors.show(e.getErrors());
                Notification.show(getTranslation("import.rejected", e.getErrors().size()), 5000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        })));
        upload.setId("org-import-upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".xls");
        upload.setMaxFileSize(TabularFileReader.MAX_BYTES);
        upload.setMaxFiles(1);
        VerticalLayout panel = new VerticalLayout(new H3(getTranslation("org.import.title")),
                new Paragraph(getTranslation("org.import.help")), upload, errors);
        panel.setPadding(false);
        return panel;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.orgTree") + " | " + getTranslation("app.title");
    }
}

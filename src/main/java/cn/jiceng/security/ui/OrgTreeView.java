package cn.jiceng.security.ui;

import cn.jiceng.common.importing.ImportPanel;
import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.organization.service.OrgTreeImportResult;
import cn.jiceng.organization.service.OrgTreeImportService;
import cn.jiceng.organization.service.OrgUnitService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Role;
import cn.jiceng.security.service.CurrentUser;
import cn.jiceng.security.service.RegionScopeService;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
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

    private ImportPanel importPanel(OrgTreeImportService importService) {
        return new ImportPanel("org-import-upload", "org.import.title", "org.import.help",
                (fileName, data) -> () -> importService.importFile(data),
                (OrgTreeImportResult result) -> {
                    tree.getDataProvider().refreshAll();
                    return getTranslation("org.import.done", result.created(), result.renamed(), result.unchanged());
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.orgTree") + " | " + getTranslation("app.title");
    }
}

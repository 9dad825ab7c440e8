package cn.jiceng.shell.ui;

import cn.jiceng.organization.service.OrgUnitService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Role;
import cn.jiceng.security.service.CurrentUser;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;

/** The landing page: who you are, where you work, and what you can do here. */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser, OrgUnitService orgUnits) {
        setId("home-view");
        AppUser user = currentUser.require();
        H2 welcome = new H2(getTranslation("home.welcome", user.getDisplayName()));
        welcome.setId("home-welcome");
        add(welcome);
        String unit = user.getUnitCode() == null ? getTranslation("user.systemWide")
                : orgUnits.findByCode(user.getUnitCode())
                .map(u -> getTranslation("home.unit", u.getName(), getTranslation("level." + u.getLevel().name())))
                .orElse(user.getUnitCode());
        add(new Paragraph(unit));

        add(new H3(getTranslation("home.canDo")));
        UnorderedList list = new UnorderedList();
        list.setId("home-capabilities");
        user.getRoles().stream().sorted(Comparator.naturalOrder()).forEach(role -> {
            ListItem item = new ListItem(getTranslation("role." + role.name()) + ": " + getTranslation("home.role." + role.name()));
            item.getElement().setAttribute("data-role", role.name());
            list.add(item);
        });
        add(list);
        if (user.hasRole(Role.ADMIN)) {
            Anchor cockpit = new Anchor("/camunda/app/cockpit/default/", getTranslation("home.cockpit"));
            cockpit.setRouterIgnore(true);
            cockpit.setId("cockpit-link");
            add(cockpit);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " | " + getTranslation("app.title");
    }
}

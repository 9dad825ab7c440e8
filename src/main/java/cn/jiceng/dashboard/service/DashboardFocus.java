package cn.jiceng.dashboard.service;

import cn.jiceng.organization.domain.OrgUnit;
import java.util.List;
import java.util.Set;

/**
 * What a dashboard shows: one unit of the leader's region (or the whole system for an
 * administrator without a unit), optionally one recruitment campaign. Only
 * {@link DashboardService#focus} creates it, after checking the unit and the campaign against the
 * user's region, so every widget query built from it stays inside that region.
 */
public final class DashboardFocus {

    private final OrgUnit unit;
    private final String path;
    private final List<OrgUnit> breadcrumb;
    private final List<OrgUnit> children;
    private final Set<String> drillable;
    private final DashboardRows.CampaignRef campaign;

    DashboardFocus(OrgUnit unit, String path, List<OrgUnit> breadcrumb, List<OrgUnit> children, Set<String> drillable,
                   DashboardRows.CampaignRef campaign) {
        this.unit = unit;
        this.path = path;
        this.breadcrumb = List.copyOf(breadcrumb);
        this.children = List.copyOf(children);
        this.drillable = Set.copyOf(drillable);
        this.campaign = campaign;
    }

    /** The unit in focus; null for a system-wide administrator at the top. */
    public OrgUnit unit() {
        return unit;
    }

    /** The unit's materialised path ({@code /} at the top); queries match {@code path%}. */
    public String path() {
        return path;
    }

    /** From the top of the user's region down to the focused unit (never above the user's own unit). */
    public List<OrgUnit> breadcrumb() {
        return breadcrumb;
    }

    /** The units one level below, by code. */
    public List<OrgUnit> children() {
        return children;
    }

    /** True if the child has units below it (worth drilling into). */
    public boolean canDrill(OrgUnit child) {
        return drillable.contains(child.getCode());
    }

    /** The selected campaign, or null for the overview across processes. */
    public DashboardRows.CampaignRef campaign() {
        return campaign;
    }

    String prefix() {
        return path + "%";
    }
}

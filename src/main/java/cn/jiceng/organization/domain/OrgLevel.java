package cn.jiceng.organization.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Administrative levels (行政层级), top to bottom. Each level fixes the shape of its units' codes,
 * following the national administrative division code scheme (GB/T 2260 and the statistical
 * division codes): 6 digits down to county, 9 for streets, 12 for communities; below the community
 * our own convention appends 3 digits per level.
 */
public enum OrgLevel {
    PROVINCE(6, EnumSet.of(UnitType.PROVINCE)),
    CITY(6, EnumSet.of(UnitType.CITY)),
    COUNTY(6, EnumSet.of(UnitType.DISTRICT, UnitType.COUNTY)),
    STREET(9, EnumSet.of(UnitType.STREET, UnitType.TOWN, UnitType.TOWNSHIP)),
    COMMUNITY(12, EnumSet.of(UnitType.COMMUNITY, UnitType.VILLAGE)),
    NEIGHBOURHOOD(15, EnumSet.of(UnitType.NEIGHBOURHOOD)),
    GRID(18, EnumSet.of(UnitType.GRID));

    private final int codeLength;
    private final Set<UnitType> types;

    OrgLevel(int codeLength, Set<UnitType> types) {
        this.codeLength = codeLength;
        this.types = types;
    }

    public int codeLength() {
        return codeLength;
    }

    public Set<UnitType> allowedTypes() {
        return types;
    }

    /** The level a child of this level has, or null below the last. */
    public OrgLevel childLevel() {
        int next = ordinal() + 1;
        return next < values().length ? values()[next] : null;
    }

    public UnitType defaultType() {
        return types.iterator().next();
    }

    public boolean isAbove(OrgLevel other) {
        return ordinal() < other.ordinal();
    }
}

package cn.jiceng.organization.domain;

/** What kind of unit this is within its level: a village (村) is a COMMUNITY-level unit of type VILLAGE. */
public enum UnitType {
    PROVINCE, CITY, DISTRICT, COUNTY, STREET, TOWN, TOWNSHIP, COMMUNITY, VILLAGE, NEIGHBOURHOOD, GRID
}

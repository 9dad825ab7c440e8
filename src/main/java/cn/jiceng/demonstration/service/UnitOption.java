package cn.jiceng.demonstration.service;

/** A unit that may be nominated (the target level and types, in the county, not yet nominated). */
public record UnitOption(String unitCode, String unitName, String path) {
}

package cn.jiceng.demonstration.service;

/**
 * What starting a program needs: the definition version, a name (empty: the definition's name with
 * the year), the year and the office running it (a unit at the definition's office level).
 */
public record StartProgram(long definitionId, String name, int year, String officeUnitCode) {
}

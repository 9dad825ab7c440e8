package cn.jiceng.demonstration.service;

/** The result of importing a definition file: the version stored, or the existing one if the file did not change. */
public record DefinitionImport(DefinitionSummary definition, boolean unchanged) {
}

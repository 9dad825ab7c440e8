package cn.jiceng.organization.service;

public record OrgTreeImportResult(int created, int renamed, int unchanged) {
}

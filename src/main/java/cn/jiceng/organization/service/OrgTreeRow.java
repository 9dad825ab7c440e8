package cn.jiceng.organization.service;

/** One row of an organisation tree file, as read, before validation. {@code rowNumber} is 1-based as shown in a spreadsheet. */
public record OrgTreeRow(int rowNumber, String code, String name, String level, String type, String parentCode) {
}

package cn.jiceng.recruitment.domain;

/** What an applicant's document is. ID card and diploma: one each (a new upload replaces); others: several. */
public enum DocumentKind {
    /** 身份证扫描件 */
    ID_CARD(true),
    /** 毕业证书 */
    DIPLOMA(true),
    /** 学位证书 */
    DEGREE(true),
    /** 其他材料 */
    OTHER(false);

    private final boolean single;

    DocumentKind(boolean single) {
        this.single = single;
    }

    /** True if an application holds at most one current document of this kind. */
    public boolean isSingle() {
        return single;
    }
}

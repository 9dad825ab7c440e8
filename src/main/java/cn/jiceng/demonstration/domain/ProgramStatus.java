package cn.jiceng.demonstration.domain;

/** Where a program stands (the program process's stage). */
public enum ProgramStatus {
    /** counties file their plans (动员部署) */
    MOBILISING,
    /** counties nominate, the office reviews the lists against the quotas (组织推荐) */
    NOMINATING,
    /** the creation period runs (开展创建) */
    CREATING,
    /** evaluation teams score, survey, joint review, acceptance, spot checks (评估验收) */
    INSPECTING,
    /** the proposed list is publicized (公示) */
    PUBLICIZING,
    /** the leading group decides (领导小组研究) */
    DECIDING,
    /** the list is announced and the awards and subsidies fixed (公布命名) */
    ANNOUNCED
}

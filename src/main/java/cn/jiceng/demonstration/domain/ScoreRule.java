package cn.jiceng.demonstration.domain;

/** How the sheets of several scorers combine per item (mean; trimmed mean dropping the highest and the lowest score, from three scorers on; median). */
public enum ScoreRule {
    MEAN, TRIMMED_MEAN, MEDIAN
}

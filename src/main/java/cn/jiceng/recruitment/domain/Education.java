package cn.jiceng.recruitment.domain;

import java.util.Locale;

/** Education levels in the order of the requirement "this level or above" (及以上). */
public enum Education {
    HIGH_SCHOOL("高中", "中专"),
    JUNIOR_COLLEGE("大专", "专科"),
    BACHELOR("本科", "大学本科"),
    MASTER("硕士", "研究生"),
    DOCTOR("博士");

    private final String[] names;

    Education(String... names) {
        this.names = names;
    }

    public boolean atLeast(Education required) {
        return required == null || compareTo(required) >= 0;
    }

    /** Reads "本科", "本科及以上", "BACHELOR"; null if unknown. */
    public static Education parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replace("及以上", "").replace("以上", "").replace("学历", "").replace("学位", "").trim();
        for (Education e : values()) {
            if (e.name().equals(t.toUpperCase(Locale.ROOT))) {
                return e;
            }
            for (String n : e.names) {
                if (n.equals(t)) {
                    return e;
                }
            }
        }
        return null;
    }
}

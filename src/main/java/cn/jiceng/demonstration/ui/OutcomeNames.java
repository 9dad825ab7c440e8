package cn.jiceng.demonstration.ui;

import cn.jiceng.demonstration.domain.OutcomeValue;
import cn.jiceng.demonstration.domain.ProgramDefinition;
import java.util.function.BiFunction;

/** Names of outcome codes as a definition gives them: levels and titles by name, FLAGS_n as "n面红旗". */
final class OutcomeNames {

    private OutcomeNames() {
    }

    static String name(ProgramDefinition d, String code, BiFunction<String, Object[], String> tr) {
        if (code == null) {
            return "";
        }
        if (OutcomeValue.NONE.equals(code)) {
            return tr.apply("demui.outcome.NONE", new Object[0]);
        }
        if (OutcomeValue.DISQUALIFIED.equals(code)) {
            return tr.apply("demui.outcome.DISQUALIFIED", new Object[0]);
        }
        if (code.startsWith(OutcomeValue.FLAGS_PREFIX)) {
            return tr.apply("demui.outcome.flags", new Object[] {OutcomeValue.of(code, false, null).flags()});
        }
        if (d.outcome() != null && d.outcome().levels() != null) {
            for (ProgramDefinition.Level l : d.outcome().levels()) {
                if (l.code().equals(code)) {
                    return l.name();
                }
            }
        }
        return code;
    }

    static String flagName(ProgramDefinition d, String flagCode) {
        if (d.outcome() != null && d.outcome().flags() != null) {
            for (ProgramDefinition.Flag f : d.outcome().flags()) {
                if (f.code().equals(flagCode)) {
                    return f.name();
                }
            }
        }
        return flagCode;
    }
}

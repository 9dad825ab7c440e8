package cn.jiceng.common.validation;

import java.util.List;

/**
 * Bad input to a service operation: the field concerned and an i18n message key with its
 * arguments. Thrown before anything is stored, so the operation changed nothing.
 */
public class InputRejectedException extends RuntimeException {

    private final String field;
    private final transient List<Object> args;

    public InputRejectedException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.args = List.of(args);
    }

    public String getField() {
        return field;
    }

    public String getMessageKey() {
        return getMessage();
    }

    public Object[] getArgs() {
        return args.toArray();
    }
}

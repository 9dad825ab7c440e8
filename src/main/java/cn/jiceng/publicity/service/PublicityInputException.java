package cn.jiceng.publicity.service;

import java.util.List;

/** Bad input to a publicity operation: the field concerned and an i18n message key. Nothing was stored. */
public class PublicityInputException extends RuntimeException {

    private final String field;
    private final transient List<Object> args;

    public PublicityInputException(String field, String messageKey, Object... args) {
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

package cn.jiceng.demonstration.service;

import cn.jiceng.common.validation.InputRejectedException;

/** Bad input to a demonstration operation: the field concerned and an i18n message key. Nothing was stored. */
public class DemonstrationInputException extends InputRejectedException {

    public DemonstrationInputException(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}

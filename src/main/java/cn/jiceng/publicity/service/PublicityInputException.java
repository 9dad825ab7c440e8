package cn.jiceng.publicity.service;

import cn.jiceng.common.validation.InputRejectedException;

/** Bad input to a publicity operation: the field concerned and an i18n message key. Nothing was stored. */
public class PublicityInputException extends InputRejectedException {

    public PublicityInputException(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}

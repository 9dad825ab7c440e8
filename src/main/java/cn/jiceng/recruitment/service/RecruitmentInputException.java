package cn.jiceng.recruitment.service;

import cn.jiceng.common.validation.InputRejectedException;

/** Bad input to a recruitment operation: the field concerned and an i18n message key. Nothing was stored. */
public class RecruitmentInputException extends InputRejectedException {

    public RecruitmentInputException(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}

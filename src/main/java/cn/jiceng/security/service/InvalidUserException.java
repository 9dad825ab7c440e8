package cn.jiceng.security.service;

/** A user could not be created or changed; the message is a translation key. */
public class InvalidUserException extends RuntimeException {
    public InvalidUserException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}

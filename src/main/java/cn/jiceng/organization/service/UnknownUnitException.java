package cn.jiceng.organization.service;

public class UnknownUnitException extends RuntimeException {
    public UnknownUnitException(String code) {
        super("Unknown organisation unit: " + code);
    }
}

package cn.jiceng.publicity.service;

import java.util.List;

/** What a calling process publishes: only data meant to be public (never ID numbers). */
public record PublishRequest(String title, String body, String unitCode, String contact, int workingDays,
                             List<Entry> entries, String businessKey) {

    /** One published line; {@code ref} is the caller's id for it (e.g. an application id). */
    public record Entry(String ref, String name, String detail) {
    }
}

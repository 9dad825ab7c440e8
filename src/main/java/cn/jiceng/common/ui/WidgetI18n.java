package cn.jiceng.common.ui;

import cn.jiceng.common.i18n.TranslationProvider;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The texts of Vaadin's own widgets (upload button and drop hint, date picker month and weekday
 * names) in the UI's language; without this they are English inside the Chinese UI. Every Upload,
 * DatePicker and DateTimePicker goes through one of these methods when it is created.
 */
public final class WidgetI18n {

    /** Shown and typed; the further formats are accepted when typed. */
    static final String DATE_FORMAT = "yyyy-MM-dd";

    private WidgetI18n() {
    }

    /** Sets the upload's texts and returns them, so a view can refine e.g. the error messages. */
    public static UploadI18N upload(Upload upload) {
        UploadI18N i18n = uploadI18n(locale(upload));
        upload.setI18n(i18n);
        return i18n;
    }

    public static UploadI18N uploadI18n(Locale locale) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t(locale, "ux.upload.addOne")).setMany(t(locale, "ux.upload.addMany")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t(locale, "ux.upload.dropOne")).setMany(t(locale, "ux.upload.dropMany")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(t(locale, "ux.upload.tooManyFiles"))
                .setFileIsTooBig(t(locale, "ux.upload.fileIsTooBig"))
                .setIncorrectFileType(t(locale, "ux.upload.incorrectFileType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(t(locale, "ux.upload.connecting"))
                        .setStalled(t(locale, "ux.upload.stalled"))
                        .setProcessing(t(locale, "ux.upload.processing"))
                        .setHeld(t(locale, "ux.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t(locale, "ux.upload.remainingPrefix"))
                        .setUnknown(t(locale, "ux.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t(locale, "ux.upload.serverUnavailable"))
                        .setUnexpectedServerError(t(locale, "ux.upload.unexpectedServerError"))
                        .setForbidden(t(locale, "ux.upload.forbidden"))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(t(locale, "ux.upload.retry"))
                .setStart(t(locale, "ux.upload.start"))
                .setRemove(t(locale, "ux.upload.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return i18n;
    }

    public static DatePicker datePicker(DatePicker picker) {
        Locale locale = locale(picker);
        picker.setLocale(pickerLocale(locale));
        picker.setI18n(datePickerI18n(locale));
        return picker;
    }

    public static DateTimePicker dateTimePicker(DateTimePicker picker) {
        Locale locale = locale(picker);
        picker.setLocale(pickerLocale(locale));
        picker.setDatePickerI18n(datePickerI18n(locale));
        return picker;
    }

    /**
     * One instance per language, shared by every picker of every session (a picker keeps the object it
     * was given: about 2 KB each otherwise). Never change the returned object.
     */
    public static DatePicker.DatePickerI18n datePickerI18n(Locale locale) {
        return DATE_PICKER_I18N.computeIfAbsent(isEnglish(locale) ? "en" : "zh", k -> newDatePickerI18n(locale));
    }

    private static final java.util.Map<String, DatePicker.DatePickerI18n> DATE_PICKER_I18N =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static DatePicker.DatePickerI18n newDatePickerI18n(Locale locale) {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(list(locale, "ux.datePicker.months"))
                .setWeekdays(list(locale, "ux.datePicker.weekdays"))
                .setWeekdaysShort(list(locale, "ux.datePicker.weekdaysShort"))
                .setFirstDayOfWeek(1)
                .setToday(t(locale, "ux.datePicker.today"))
                .setCancel(t(locale, "ux.datePicker.cancel"))
                .setDateFormats(DATE_FORMAT, "yyyy/M/d", "yyyy.M.d", "yyyyMMdd")
                .setBadInputErrorMessage(t(locale, "ux.datePicker.badInput"));
    }

    /** Chinese, or British English for the 24-hour clock of the time part. */
    private static Locale pickerLocale(Locale locale) {
        return isEnglish(locale) ? Locale.UK : TranslationProvider.CHINESE;
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && TranslationProvider.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** The language of the UI the widget is created in (Chinese without a UI). */
    private static Locale locale(Component component) {
        UI ui = component.getUI().orElse(UI.getCurrent());
        return ui == null ? TranslationProvider.CHINESE : ui.getLocale();
    }

    private static List<String> list(Locale locale, String key) {
        return Arrays.stream(t(locale, key).split(",")).map(String::trim).toList();
    }

    private static String t(Locale locale, String key) {
        return TranslationProvider.translate(key, locale);
    }
}

package cn.jiceng.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.common.i18n.TranslationProvider;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Vaadin's widgets speak the UI's language: every text of theirs comes from the bundles. */
class WidgetI18nTest {

    @Test
    void uploadTextsAreChineseByDefaultAndEnglishOnSwitch() {
        UploadI18N zh = WidgetI18n.uploadI18n(TranslationProvider.CHINESE);
        assertThat(zh.getAddFiles().getOne()).isEqualTo("选择文件…");
        assertThat(zh.getDropFiles().getOne()).isEqualTo("或拖放文件到此处");
        assertThat(zh.getError().getFileIsTooBig()).doesNotContain("!");
        assertThat(zh.getUploading().getStatus().getProcessing()).doesNotContain("!");
        UploadI18N en = WidgetI18n.uploadI18n(Locale.ENGLISH);
        assertThat(en.getAddFiles().getOne()).isEqualTo("Choose file…");
        assertThat(en.getFile().getRemove()).isEqualTo("Remove");
    }

    @Test
    void datePickerHasTwelveMonthsAndSevenDaysInEachLanguage() {
        for (Locale locale : new Locale[] {TranslationProvider.CHINESE, Locale.ENGLISH}) {
            DatePicker.DatePickerI18n i18n = WidgetI18n.datePickerI18n(locale);
            assertThat(i18n.getMonthNames()).hasSize(12).noneMatch(m -> m.contains("!"));
            assertThat(i18n.getWeekdays()).hasSize(7);
            assertThat(i18n.getWeekdaysShort()).hasSize(7);
            assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
            assertThat(i18n.getDateFormats()).first().isEqualTo("yyyy-MM-dd");
        }
        assertThat(WidgetI18n.datePickerI18n(TranslationProvider.CHINESE).getMonthNames()).first().isEqualTo("一月");
        assertThat(WidgetI18n.datePickerI18n(TranslationProvider.CHINESE).getToday()).isEqualTo("今天");
        assertThat(WidgetI18n.datePickerI18n(Locale.ENGLISH).getMonthNames()).last().isEqualTo("December");
    }
}

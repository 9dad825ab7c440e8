package cn.jiceng.common.i18n;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** A button that switches between 中文 and English. */
public class LanguageSwitch extends Button {

    public LanguageSwitch() {
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        setId("language-switch");
        addAttachListener(e -> {
            boolean english = TranslationProvider.ENGLISH.getLanguage().equals(getLocale().getLanguage());
            setText(english ? "中文" : "English");
        });
        addClickListener(e -> {
            boolean english = TranslationProvider.ENGLISH.getLanguage().equals(getLocale().getLanguage());
            LocaleSettings.switchTo(english ? TranslationProvider.CHINESE : TranslationProvider.ENGLISH);
        });
    }
}

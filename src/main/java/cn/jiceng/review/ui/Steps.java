package cn.jiceng.review.ui;

import cn.jiceng.review.service.StepRef;
import cn.jiceng.review.service.WorkItem;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Step names in the UI's language, from the bundles' {@code bpmn.<process>.<element>} keys; a step
 * without a key shows its BPMN name (Chinese, as the modeller wrote it).
 */
public final class Steps {

    private Steps() {
    }

    public static String name(WorkItem item) {
        return name(item.step(), item.name());
    }

    public static String name(StepRef step, String fallback) {
        return label(step.nameKey(), fallback == null ? step.stepKey() : fallback);
    }

    /** The translation of a key in the UI's language, or the fallback where the bundles have no such key. */
    public static String label(String key, String fallback) {
        Locale locale = UI.getCurrent() == null ? Locale.SIMPLIFIED_CHINESE : UI.getCurrent().getLocale();
        Locale effective = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        try {
            return ResourceBundle.getBundle("i18n/messages", effective,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}

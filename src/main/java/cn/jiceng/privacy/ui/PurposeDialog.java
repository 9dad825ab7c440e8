package cn.jiceng.privacy.ui;

import cn.jiceng.common.ui.Feedback;
import cn.jiceng.common.validation.InputRejectedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;

/**
 * Asks why the user opens a piece of unmasked personal data before the service shows it (and
 * records the purpose with the viewer and their unit): a common purpose from the list, or one typed
 * in. The service checks the purpose again; its refusal is shown here.
 */
public class PurposeDialog extends Dialog {

    /** The purposes offered (i18n keys); any other may be typed. */
    static final List<String> PRESETS = List.of("privacy.purpose.verifyIdentity", "privacy.purpose.contact",
            "privacy.purpose.checkObjection", "privacy.purpose.investigation");

    /**
     * @param what  what will be shown, e.g. the translated "ID number"
     * @param onPurpose called with the purpose; it reads and shows the value (may throw an input refusal)
     */
    public PurposeDialog(String what, Consumer<String> onPurpose) {
        setHeaderTitle(getTranslation("privacy.purpose.title"));
        setId("purpose-dialog");
        ComboBox<String> purpose = new ComboBox<>(getTranslation("privacy.purpose.label"));
        purpose.setId("purpose-input");
        purpose.setItems(PRESETS.stream().map(this::getTranslation).toList());
        purpose.setAllowCustomValue(true);
        purpose.addCustomValueSetListener(e -> purpose.setValue(e.getDetail()));
        purpose.setRequired(true);
        purpose.setWidthFull();
        add(new Paragraph(getTranslation("privacy.purpose.help", what)), purpose);
        Button show = new Button(getTranslation("privacy.purpose.show"), e -> {
            try {
                onPurpose.accept(purpose.getValue());
                close();
            } catch (InputRejectedException ex) {
                purpose.setInvalid(true);
                purpose.setErrorMessage(getTranslation(ex.getMessageKey(), ex.getArgs()));
                Feedback.rejected(ex);
            }
        });
        show.setId("purpose-confirm");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), show);
        setWidth("28rem");
    }
}

package lu.adem.tremplin.shared.ui;

import java.util.Locale;

import com.vaadin.flow.component.select.Select;

import lu.adem.tremplin.shared.i18n.TremplinTranslations;

/** Français / English / Deutsch. Each language is named in itself, as users look for their own. */
class LanguageSelect extends Select<Locale> {

    LanguageSelect(UserLanguage userLanguage) {
        setItems(TremplinTranslations.LOCALES);
        setItemLabelGenerator(
                locale -> locale.getDisplayLanguage(locale).substring(0, 1).toUpperCase(locale)
                        + locale.getDisplayLanguage(locale).substring(1));
        setAriaLabel(getTranslation("language.label"));
        setId("language-select");
        addAttachListener(
                attach -> setValue(TremplinTranslations.supported(attach.getUI().getLocale())));
        addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> {
                    userLanguage.switchTo(ui, change.getValue());
                    ui.getPage().reload();
                });
            }
        });
    }
}

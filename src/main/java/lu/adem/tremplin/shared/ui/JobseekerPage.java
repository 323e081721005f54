package lu.adem.tremplin.shared.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.server.VaadinSession;

import lu.adem.tremplin.shared.DayFirst;
import lu.adem.tremplin.shared.i18n.TremplinTranslations;

/**
 * The frame of a page a jobseeker opens from a personal link (self-assessment, course choice, satisfaction
 * survey): no account, no app shell, one plain column that works on a phone, in the jobseeker's language with
 * links to the page in the other two.
 */
@org.springframework.modulith.NamedInterface("ui-components")
public abstract class JobseekerPage extends Main {

    /** The languages a jobseeker's page is offered in, as in {@code ?lang=}. */
    public static final List<String> LANGUAGES = List.of("fr", "de", "en");

    private final String path;

    /** The page at {@code path}/{token}. */
    protected JobseekerPage(String className, String path) {
        this.path = path;
        addClassName(className);
        getStyle()
                .set("max-width", "40rem")
                .set("margin", "0 auto")
                .set("padding", "1rem 1rem 4rem")
                .set("box-sizing", "border-box")
                .set("display", "block");
    }

    /**
     * Chooses the page's language and sets it on the UI and the document: the one picked ({@code ?lang=}), else
     * the link's (the jobseeker's), else the browser's when it is French, German or English, else French.
     */
    protected Locale useLanguage(BeforeEvent event, Locale linkLanguage) {
        String picked = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("lang")
                .orElse(null);
        Locale language = picked != null && LANGUAGES.contains(picked)
                ? Locale.forLanguageTag(picked)
                : linkLanguage != null ? linkLanguage : browserLanguage();
        UI ui = UI.getCurrent();
        ui.setLocale(DayFirst.localeFor(language));
        ui.getElement().executeJs("document.documentElement.lang = $0", language.getLanguage());
        return language;
    }

    private static Locale browserLanguage() {
        VaadinSession session = VaadinSession.getCurrent();
        return TremplinTranslations.supported(session == null ? null : session.getLocale());
    }

    /** Links to this page in each language, each named in itself, with room for a finger. */
    protected Nav languageLinks(String ariaLabelKey, String token) {
        Nav nav = new Nav();
        nav.getElement().setAttribute("aria-label", getTranslation(ariaLabelKey));
        nav.getStyle().set("display", "flex").set("gap", "1.5rem").set("justify-content", "flex-end");
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            Anchor link = new Anchor(path + "/" + token + "?lang=" + language, locale.getDisplayLanguage(locale));
            link.getElement().setAttribute("lang", language);
            link.getElement().setAttribute("hreflang", language);
            link.getStyle().set("padding", "0.75rem 0.25rem").set("display", "inline-block");
            nav.add(link);
        }
        return nav;
    }
}

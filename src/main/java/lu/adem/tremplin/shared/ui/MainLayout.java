package lu.adem.tremplin.shared.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import lu.adem.tremplin.shared.CurrentUser;

/**
 * The shell around every view: navigation built from the {@code @Menu} views the user may open
 * (so it never imports a view), links into Camunda's webapps by role, the language switch and the
 * user menu with logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;

    MainLayout(AuthenticationContext authentication, UserLanguage userLanguage) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        HorizontalLayout navbar = new HorizontalLayout(new LanguageSelect(userLanguage), userMenu());
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.getStyle().set("margin-inline-start", "auto").set("padding-inline-end", "var(--lumo-space-m)");
        addToNavbar(toggle, navbar);

        H1 appName = new H1("Tremplin");
        appName.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "var(--lumo-space-m)");
        Span programme = new Span(getTranslation("app.programme"));
        programme
                .getStyle()
                .set("display", "block")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)")
                .set("padding", "0 var(--lumo-space-m) var(--lumo-space-s)");
        addToDrawer(new Header(appName, programme), navigation(), new Footer());
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        CurrentUser.get().ifPresent(user -> {
            for (CamundaWebapp webapp : CamundaWebapp.values()) {
                if (webapp.roles().stream().anyMatch(user::hasRole)) {
                    SideNavItem item = new SideNavItem(
                            getTranslation(webapp.titleKey()), webapp.path(), VaadinIcon.EXTERNAL_LINK.create());
                    item.setRouterIgnore(true);
                    nav.addItem(item);
                }
            }
        });
        return nav;
    }

    private MenuBar userMenu() {
        String userId = authentication.getPrincipalName().orElse("");
        Avatar avatar = new Avatar(userId);
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        HorizontalLayout label = new HorizontalLayout(avatar, new Span(userId));
        label.setAlignItems(FlexComponent.Alignment.CENTER);
        label.setSpacing(true);

        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.getElement().setAttribute("aria-label", getTranslation("user.menu"));
        var root = menu.addItem(label);
        root.getSubMenu()
                .addItem(getTranslation("user.logout"), click -> authentication.logout())
                .setId("logout");
        return menu;
    }
}

package lu.adem.tremplin.cockpit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The key to the heatmap's colours (median time at an activity) and to the badges of waiting cases. */
class HeatLegend extends HorizontalLayout {

    private static final String[] COLOURS = {"#fff7e6", "#ffe0b2", "#ffb74d", "#f57c00", "#b34700"};

    HeatLegend() {
        setSpacing(false);
        getStyle().set("gap", "var(--lumo-space-s)").set("font-size", "var(--lumo-font-size-s)");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        setWrap(true);
        add(new Span(getTranslation("cockpit.map.legend")));
        for (int level = 0; level < COLOURS.length; level++) {
            Div box = new Div();
            box.getStyle()
                    .set("width", "1.5rem")
                    .set("height", "0.9rem")
                    .set("background", COLOURS[level])
                    .set("border", "1px solid var(--lumo-contrast-30pct)");
            add(box, new Span(getTranslation("cockpit.map.legend." + level)));
        }
        add(new Span(getTranslation("cockpit.map.legend.badge")));
    }
}

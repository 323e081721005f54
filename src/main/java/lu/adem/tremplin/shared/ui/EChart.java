package lu.adem.tremplin.shared.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;

import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonValue;

/**
 * A chart drawn in the browser by Apache ECharts ({@code <tremplin-chart>} in the workbench bundle's charts.js),
 * so views can show figures without client code: they hand it an ECharts option built on the server, for the
 * common cases with {@link #bars} or {@link #pie}. SVG, so it prints sharp; the aria label names the chart and
 * ECharts' generated description reads the figures out to screen reader users.
 */
@Tag("tremplin-chart")
@org.springframework.modulith.NamedInterface("ui-components")
public class EChart extends Component implements HasSize {

    private static final String SCRIPT = "context://workbench/charts.js";

    private JsonObject option;

    public EChart(String ariaLabel) {
        getElement().setAttribute("aria-label", ariaLabel);
        setWidthFull();
        setHeight("18rem");
    }

    /** Draws the chart described by an ECharts option (https://echarts.apache.org/en/option.html). */
    public void setOption(JsonObject option) {
        this.option = option;
        if (isAttached()) {
            apply();
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addJavaScript(SCRIPT);
        // the generated description is in the UI's language, and so is the aria label
        getElement().setAttribute("lang", attach.getUI().getLocale().getLanguage());
        if (option != null) {
            apply();
        }
    }

    // The script may still be loading: the element gets its setOption method only once it is defined.
    private void apply() {
        getElement()
                .executeJs(
                        "const el=this, o=$0; customElements.whenDefined('tremplin-chart').then(() => el.setOption(o));",
                        option);
    }

    /**
     * Grouped bars: one series per entry of {@code series}, each with a value per category (null for none), with a
     * tooltip per category and a legend. Horizontal when the categories are many or long, so their names stay
     * readable instead of overlapping.
     */
    public static JsonObject bars(String title, List<String> categories, Map<String, List<Number>> series) {
        boolean horizontal = categories.size() > 8 || categories.stream().anyMatch(c -> c.length() > 12);
        JsonObject categoryAxis = Json.createObject();
        categoryAxis.put("type", "category");
        categoryAxis.put("data", strings(categories));
        JsonObject valueAxis = Json.createObject();
        valueAxis.put("type", "value");
        if (horizontal) {
            categoryAxis.put("inverse", true); // the first category on top
        }
        JsonArray all = Json.createArray();
        series.forEach((name, values) -> {
            JsonObject one = Json.createObject();
            one.put("type", "bar");
            one.put("name", name);
            JsonArray data = Json.createArray();
            values.forEach(value -> data.set(data.length(), number(value)));
            one.put("data", data);
            all.set(all.length(), one);
        });
        JsonObject option = base(title, "axis");
        option.getObject("tooltip").put("axisPointer", object("type", Json.create("shadow")));
        option.put(horizontal ? "yAxis" : "xAxis", categoryAxis);
        option.put(horizontal ? "xAxis" : "yAxis", valueAxis);
        option.put("series", all);
        // the description would read each bar's category index along with its value
        JsonArray categoryDimension = Json.createArray();
        categoryDimension.set(0, horizontal ? 1 : 0);
        option.put("aria", object("label", object("data", object("excludeDimensionId", categoryDimension))));
        return option;
    }

    /** A pie, one slice per entry of {@code slices}, with its share in the tooltip and a legend. */
    public static JsonObject pie(String title, Map<String, Number> slices) {
        JsonArray data = Json.createArray();
        slices.forEach((name, value) -> {
            JsonObject slice = object("name", Json.create(name));
            slice.put("value", number(value));
            data.set(data.length(), slice);
        });
        JsonObject one = object("type", Json.create("pie"));
        one.put("name", title == null ? "" : title);
        one.put("radius", "60%");
        one.put("data", data);
        JsonArray all = Json.createArray();
        all.set(0, one);
        JsonObject option = base(title, "item");
        option.put("series", all);
        return option;
    }

    private static JsonObject base(String title, String trigger) {
        JsonObject option = Json.createObject();
        if (title != null && !title.isBlank()) {
            option.put("title", object("text", Json.create(title)));
        }
        option.put("tooltip", object("trigger", Json.create(trigger)));
        option.put("legend", object("bottom", Json.create(0)));
        return option;
    }

    private static JsonObject object(String key, JsonValue value) {
        JsonObject object = Json.createObject();
        object.put(key, value);
        return object;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = Json.createArray();
        values.forEach(value -> array.set(array.length(), value));
        return array;
    }

    private static JsonValue number(Number value) {
        return value == null ? Json.createNull() : Json.create(value.doubleValue());
    }
}

package lu.adem.tremplin.shared.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * docs/ops/grafana-tremplin.json has what Grafana's import needs (its dashboard model, schema version 39): an
 * input for the Prometheus data source that every panel and query uses, a uid and a title, and panels with
 * unique ids, a known type, a place on the 24-column grid that no other panel takes, and queries with a refId
 * and an expression. Which metrics those expressions name is checked against a live scrape by
 * {@code MetricsIntegrationTests}.
 */
class GrafanaDashboardTests {

    private static final Set<String> PANEL_TYPES = Set.of("row", "timeseries", "bargauge", "stat", "table", "gauge");

    private final JsonNode dashboard = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper()
                    .readTree(Path.of("docs/ops/grafana-tremplin.json").toFile());
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private List<JsonNode> panels() {
        return StreamSupport.stream(dashboard.path("panels").spliterator(), false)
                .toList();
    }

    @Test
    void shouldDeclareTheDashboardAndItsDataSourceInput() {
        assertThat(dashboard.path("uid").asText()).isEqualTo("tremplin-ops");
        assertThat(dashboard.path("title").asText()).isNotBlank();
        assertThat(dashboard.path("schemaVersion").asInt()).isEqualTo(39);
        assertThat(dashboard.path("__inputs").get(0).path("name").asText()).isEqualTo("DS_PROMETHEUS");
        assertThat(dashboard.path("__inputs").get(0).path("pluginId").asText()).isEqualTo("prometheus");
        assertThat(panels()).hasSizeGreaterThan(10);
    }

    @Test
    void shouldGiveEveryPanelAnIdATypeAndItsOwnPlaceOnTheGrid() {
        Set<Integer> ids = new HashSet<>();
        Set<String> cells = new HashSet<>();
        for (JsonNode panel : panels()) {
            String title = panel.path("title").asText();
            assertThat(ids.add(panel.path("id").asInt()))
                    .as("unique id of %s", title)
                    .isTrue();
            assertThat(panel.path("type").asText()).as("type of %s", title).isIn(PANEL_TYPES);
            JsonNode grid = panel.path("gridPos");
            int x = grid.path("x").asInt(-1),
                    y = grid.path("y").asInt(-1),
                    w = grid.path("w").asInt(),
                    h = grid.path("h").asInt();
            assertThat(x).as("x of %s", title).isBetween(0, 23);
            assertThat(y).as("y of %s", title).isNotNegative();
            assertThat(w).as("width of %s", title).isBetween(1, 24 - x);
            assertThat(h).as("height of %s", title).isPositive();
            for (int column = x; column < x + w; column++) {
                for (int row = y; row < y + h; row++) {
                    assertThat(cells.add(column + ":" + row))
                            .as("%s overlaps another panel", title)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void shouldQueryThePrometheusInputInEveryPanel() {
        for (JsonNode panel : panels()) {
            if (panel.path("type").asText().equals("row")) {
                continue;
            }
            String title = panel.path("title").asText();
            assertThat(panel.path("datasource").path("uid").asText()).as(title).isEqualTo("${DS_PROMETHEUS}");
            assertThat(panel.path("targets")).as("queries of %s", title).isNotEmpty();
            Set<String> refIds = new HashSet<>();
            for (JsonNode target : panel.path("targets")) {
                assertThat(refIds.add(target.path("refId").asText()))
                        .as("refId in %s", title)
                        .isTrue();
                assertThat(target.path("expr").asText())
                        .as("expression in %s", title)
                        .isNotBlank();
                assertThat(target.path("datasource").path("uid").asText()).isEqualTo("${DS_PROMETHEUS}");
                assertThat(MetricNames.in(
                                "\"expr\": \"" + target.path("expr").asText().replace("\"", "\\\"") + "\""))
                        .as("a metric in %s", title)
                        .isNotEmpty();
            }
        }
    }
}

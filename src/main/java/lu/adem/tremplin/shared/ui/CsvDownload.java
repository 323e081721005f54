package lu.adem.tremplin.shared.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * A link that downloads a table as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet
 * programs read accents right). Rows are computed when clicked, from the same service call as the
 * view, so an export never holds more than the view shows. A cell starting with = + - @ is prefixed
 * with an apostrophe: a spreadsheet must not run it as a formula.
 */
@org.springframework.modulith.NamedInterface("ui-components")
public final class CsvDownload {

    private CsvDownload() {
    }

    /** The link; {@code rows} gives the header first. */
    public static Anchor link(String label, String fileName, Supplier<List<List<String>>> rows) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv(rows.get()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv;charset=UTF-8", bytes.length);
        }), label);
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().setAttribute("router-ignore", true);
        return anchor;
    }

    /** The CSV text of the rows. */
    public static String csv(List<List<String>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                out.append(i == 0 ? "" : ",").append(cell(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?")
                ? "'" + value : value;
        boolean quote = safe.chars().anyMatch(c -> c == '"' || c == ',' || c == '\r' || c == '\n');
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}

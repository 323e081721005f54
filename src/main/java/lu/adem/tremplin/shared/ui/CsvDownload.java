package lu.adem.tremplin.shared.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.springframework.context.ApplicationEventPublisher;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import lu.adem.tremplin.shared.PersonalDataAccessed;

/**
 * A link that downloads a table as CSV (RFC 4180 through commons-csv, UTF-8 with a byte-order mark so
 * that spreadsheet programs read accents right). Rows are computed when clicked, from the same service
 * call as the view, so an export never holds more than the view shows. Every cell is quoted, so a
 * spreadsheet that splits at a semicolon (Excel in Luxembourg and France) or a tab keeps a cell holding
 * one whole. Spreadsheets must never run a cell as a formula, whatever separator they split at: every
 * part of a cell that starts like a formula ({@code = + - @ tab CR}), at the start or after a separator
 * ({@code , ; tab} or a line break), gets an apostrophe in front ({@code Ana;=1+1} becomes
 * {@code "Ana;'=1+1"}); plain numbers such as {@code -12.5} stay numbers.
 */
@org.springframework.modulith.NamedInterface("ui-components")
public final class CsvDownload {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** What spreadsheets split cells at: comma, semicolon, tab, line breaks. */
    private static final String SEPARATORS = ",;\t\r\n";
    /** Where a spreadsheet starts a formula (OWASP, CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CsvDownload() {}

    /** The link; {@code rows} gives the header first. */
    public static Anchor link(String label, String fileName, Supplier<List<List<String>>> rows) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = csv(rows.get()).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), fileName, "text/csv;charset=UTF-8", bytes.length);
                }),
                label);
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().setAttribute("router-ignore", true);
        return anchor;
    }

    /**
     * The link for a table that names jobseekers: each download is recorded in the access log (one
     * {@link PersonalDataAccessed#EXPORTED} event naming every registration number in the column headed
     * {@code registrationColumn}, the screen being {@code screen}), in the downloading request's thread,
     * before the file is sent; a table without that column is not sent.
     */
    public static Anchor namingJobseekers(
            String label,
            String fileName,
            String screen,
            String registrationColumn,
            Supplier<List<List<String>>> rows,
            ApplicationEventPublisher events) {
        return link(label, fileName, () -> {
            List<List<String>> table = rows.get();
            int column = table.get(0).indexOf(registrationColumn);
            if (column < 0) {
                throw new IllegalArgumentException(fileName + " has no column " + registrationColumn);
            }
            List<String> named = table.stream()
                    .skip(1)
                    .map(row -> row.get(column))
                    .filter(number -> number != null && !number.isBlank())
                    .distinct()
                    .toList();
            if (!named.isEmpty()) {
                events.publishEvent(PersonalDataAccessed.of(PersonalDataAccessed.EXPORTED, named, screen));
            }
            return table;
        });
    }

    /** The CSV text of the rows, header first, each line ending in CRLF. */
    public static String csv(List<List<String>> rows) {
        StringBuilder out = new StringBuilder().append(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CsvDownload::neutralised));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("A StringBuilder does not fail", e);
        }
        return out.toString();
    }

    /** The cell's text with an apostrophe before every part a spreadsheet would read as a formula. */
    static String neutralised(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(value.length() + 2);
        for (int i = 0; i < value.length(); i++) {
            boolean segmentStart = i == 0 || SEPARATORS.indexOf(value.charAt(i - 1)) >= 0;
            if (segmentStart && startsLikeAFormula(value, i)) {
                safe.append('\'');
            }
            safe.append(value.charAt(i));
        }
        return safe.toString();
    }

    /** Quotes and spaces in front do not stop a spreadsheet from reading a formula. */
    private static boolean startsLikeAFormula(String value, int start) {
        int first = start;
        while (first < value.length() && (value.charAt(first) == '"' || value.charAt(first) == ' ')) {
            first++;
        }
        return first < value.length()
                && FORMULA_STARTS.indexOf(value.charAt(first)) >= 0
                && !PLAIN_NUMBER.matcher(segment(value, first)).matches();
    }

    /** The text from {@code start} to the next separator, as a spreadsheet splitting there would read it. */
    private static String segment(String value, int start) {
        int end = start;
        while (end < value.length() && SEPARATORS.indexOf(value.charAt(end)) < 0) {
            end++;
        }
        return value.substring(start, end);
    }
}

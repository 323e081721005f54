package lu.adem.tremplin.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvDownloadTests {

    @Test
    void shouldStartWithAByteOrderMarkAndEndEachLineWithCrLf() {
        assertThat(CsvDownload.csv(List.of(List.of("group", "share"), List.of("Diekirch", "0.5"))))
                .isEqualTo("\uFEFF\"group\",\"share\"\r\n\"Diekirch\",\"0.5\"\r\n");
    }

    @Test
    void shouldQuoteEveryCellAndDoubleQuotesInside() {
        assertThat(CsvDownload.csv(List.of(List.of("Esch, \"Sud\"", "-0.5", "Élodie"))))
                .isEqualTo("\uFEFF\"Esch, \"\"Sud\"\"\",\"-0.5\",\"Élodie\"\r\n");
    }

    @Test
    void shouldWriteAMissingCellAsAnEmptyOne() {
        assertThat(CsvDownload.csv(List.of(Arrays.asList("a", null, "")))).isEqualTo("\uFEFF\"a\",\"\",\"\"\r\n");
    }

    @Test
    void shouldReadBackEveryCellWholeWithLineBreaksAndSeparatorsInside() throws IOException {
        List<String> row =
                List.of("line one\nline two", "Esch;Sud", "Esch\tSud", "a,b", "say \"hi\"", "Esch-sur-Alzette");

        List<CSVRecord> records = parse(CsvDownload.csv(List.of(List.of("1", "2", "3", "4", "5", "6"), row)), ',');

        assertThat(records).hasSize(2);
        assertThat(records.get(1).toList()).containsExactlyElementsOf(row);
    }

    @Test
    void shouldKeepACellWholeForASpreadsheetThatSplitsAtSemicolons() throws IOException {
        String csv = CsvDownload.csv(List.of(List.of("Esch;Sud, Nord")));

        assertThat(parse(csv, ';').get(0).toList()).containsExactly("Esch;Sud, Nord");
    }

    @Test
    void shouldNeverLetASpreadsheetRunACellAsAFormula() {
        assertThat(CsvDownload.neutralised("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvDownload.neutralised("+1+2")).isEqualTo("'+1+2");
        assertThat(CsvDownload.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvDownload.neutralised("-12"))
                .as("a negative number stays a number")
                .isEqualTo("-12");
        assertThat(CsvDownload.neutralised("Esch-sur-Alzette"))
                .as("nothing to neutralise")
                .isEqualTo("Esch-sur-Alzette");
        assertThat(CsvDownload.neutralised(null)).isEmpty();
    }

    @Test
    void shouldNeutraliseAFormulaAfterASeparatorInsideACell() {
        assertThat(CsvDownload.neutralised("Ana;=1+1")).isEqualTo("Ana;'=1+1");
        assertThat(CsvDownload.neutralised("Ana,+SUM(A1)")).isEqualTo("Ana,'+SUM(A1)");
        assertThat(CsvDownload.neutralised("Ana\t@x")).isEqualTo("Ana\t'@x");
        assertThat(CsvDownload.neutralised("Ana\r\n-cmd|' /C calc'!A0")).isEqualTo("Ana\r\n'-cmd|' /C calc'!A0");
        assertThat(CsvDownload.neutralised("Ana; \"=1+1\""))
                .as("quotes or spaces in front")
                .isEqualTo("Ana;' \"=1+1\"");
    }

    @Test
    void shouldNeutraliseATabOrCarriageReturnThatStartsACell() {
        assertThat(CsvDownload.neutralised("\t=1+1")).isEqualTo("'\t'=1+1");
        assertThat(CsvDownload.neutralised("\r=1")).isEqualTo("'\r'=1");
    }

    @Test
    void shouldKeepNumbersNumbersEvenAfterASeparator() {
        assertThat(CsvDownload.neutralised("-12.5")).isEqualTo("-12.5");
        assertThat(CsvDownload.neutralised("-3;-12.5")).isEqualTo("-3;-12.5");
        assertThat(CsvDownload.neutralised("-12.5e3")).as("not a plain number").isEqualTo("'-12.5e3");
    }

    @Test
    void shouldWriteCellsInWhichNoSpreadsheetSeesAFormulaWhateverItSplitsAt() {
        String csv = CsvDownload.csv(
                List.of(List.of("name", "note"), List.of("Ana;=1+1", "x;@SUM(A1)"), List.of("\"=1\"", "\t+2,-cmd")));

        assertThat(csv).startsWith("\uFEFF\"name\",\"note\"\r\n\"Ana;'=1+1\",\"x;'@SUM(A1)\"\r\n");
        for (String line : csv.substring(1).split("\r\n")) {
            for (String piece : line.split("[;,\t]")) {
                assertThat(piece.replaceFirst("^[\" ]+", ""))
                        .as("a cell as a spreadsheet splitting at ; , or tab reads it")
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("-")
                        .doesNotStartWith("@");
            }
        }
    }

    private static List<CSVRecord> parse(String csv, char delimiter) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        try (var parser = format.parse(new StringReader(csv.substring(1)))) {
            return parser.getRecords();
        }
    }
}

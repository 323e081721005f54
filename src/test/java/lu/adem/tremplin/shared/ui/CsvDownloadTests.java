package lu.adem.tremplin.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvDownloadTests {

    @Test
    void shouldQuoteSeparatorsAndQuotesAndKeepNumbers() {
        assertThat(CsvDownload.csv(List.of(List.of("group", "share"), List.of("Esch, \"Sud\"", "-0.5"))))
                .isEqualTo("\uFEFFgroup,share\r\n\"Esch, \"\"Sud\"\"\",-0.5\r\n");
    }

    @Test
    void shouldNeverLetASpreadsheetRunACellAsAFormula() {
        assertThat(CsvDownload.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvDownload.cell("+1+2")).isEqualTo("'+1+2");
        assertThat(CsvDownload.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvDownload.cell("-12")).as("a negative number stays a number").isEqualTo("-12");
        assertThat(CsvDownload.cell(null)).isEmpty();
    }

    @Test
    void shouldKeepACellWholeWhateverSeparatorTheSpreadsheetSplitsAt() {
        assertThat(CsvDownload.cell("Esch;Sud")).isEqualTo("\"Esch;Sud\"");
        assertThat(CsvDownload.cell("Esch\tSud")).isEqualTo("\"Esch\tSud\"");
        assertThat(CsvDownload.cell("line one\nline two")).isEqualTo("\"line one\nline two\"");
        assertThat(CsvDownload.cell("Esch-sur-Alzette")).as("nothing to quote").isEqualTo("Esch-sur-Alzette");
    }

    @Test
    void shouldNeutraliseAFormulaAfterASeparatorInsideACell() {
        assertThat(CsvDownload.cell("Ana;=1+1")).isEqualTo("\"Ana;'=1+1\"");
        assertThat(CsvDownload.cell("Ana,+SUM(A1)")).isEqualTo("\"Ana,'+SUM(A1)\"");
        assertThat(CsvDownload.cell("Ana\t@x")).isEqualTo("\"Ana\t'@x\"");
        assertThat(CsvDownload.cell("Ana\r\n-cmd|' /C calc'!A0")).isEqualTo("\"Ana\r\n'-cmd|' /C calc'!A0\"");
        assertThat(CsvDownload.cell("Ana; \"=1+1\"")).as("quotes or spaces in front")
                .isEqualTo("\"Ana;' \"\"=1+1\"\"\"");
    }

    @Test
    void shouldNeutraliseATabOrCarriageReturnThatStartsACell() {
        assertThat(CsvDownload.cell("\t=1+1")).isEqualTo("\"'\t'=1+1\"");
        assertThat(CsvDownload.cell("\r=1")).isEqualTo("\"'\r'=1\"");
    }

    @Test
    void shouldKeepNumbersNumbersEvenAfterASeparator() {
        assertThat(CsvDownload.cell("-12.5")).isEqualTo("-12.5");
        assertThat(CsvDownload.cell("-3;-12.5")).isEqualTo("\"-3;-12.5\"");
        assertThat(CsvDownload.cell("-12.5e3")).as("not a plain number").isEqualTo("'-12.5e3");
    }

    @Test
    void shouldWriteASemicolonCellSoThatASemicolonSpreadsheetSeesNoFormula() {
        String csv = CsvDownload.csv(List.of(List.of("name", "note"), List.of("Ana;=1+1", "x;@SUM(A1)")));

        assertThat(csv).isEqualTo("\uFEFFname,note\r\n\"Ana;'=1+1\",\"x;'@SUM(A1)\"\r\n");
        for (String line : csv.substring(1).split("\r\n")) {
            for (String piece : line.split("[;,\t]")) {
                assertThat(piece.replaceFirst("^[\" ]+", "")).as("a cell as a semicolon spreadsheet reads it")
                        .doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
            }
        }
    }
}

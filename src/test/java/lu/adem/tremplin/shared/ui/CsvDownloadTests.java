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
}

package lu.adem.tremplin.catalogue.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import lu.adem.tremplin.catalogue.Course;
import lu.adem.tremplin.support.KaribuViewTest;

/** The catalogue screens on the embedded default's sample catalogue. */
class CatalogueViewTests extends KaribuViewTest {

    private CatalogueView open() {
        UI.getCurrent().navigate("catalogue");
        return _get(CatalogueView.class);
    }

    @Test
    void shouldLabelTheSampleCatalogueAndPageThroughIt() {
        signIn(data.counsellor(lu.adem.tremplin.shared.Agency.LUXEMBOURG));

        CatalogueView view = open();

        assertThat(view.sampleNotice.isVisible()).isTrue();
        assertThat(view.sampleNotice.getText()).startsWith("Sample data");
        assertThat(view.count.getText()).isEqualTo("3,000 courses");
        assertThat(_size(view.courses)).isEqualTo(3000);
    }

    @Test
    void shouldFilterByWordsLanguageLevelAndHours() {
        signIn(data.counsellor(lu.adem.tremplin.shared.Agency.LUXEMBOURG));
        CatalogueView view = open();

        view.words.setValue("excel");
        view.language.setValue(Course.CourseLanguage.FR);
        view.level.setValue(Course.Difficulty.BEGINNER);
        view.maxHours.setValue(6);

        var found = view.courses.getGenericDataView().getItems().toList();
        assertThat(found).isNotEmpty().allSatisfy(course -> {
            assertThat(course.title().toLowerCase() + " " + course.skills()).contains("excel");
            assertThat(course.language()).isEqualTo(Course.CourseLanguage.FR);
            assertThat(course.difficulty()).isEqualTo(Course.Difficulty.BEGINNER);
            assertThat(course.durationHours()).isLessThanOrEqualTo(6);
        });
        view.words.setValue("no such course anywhere");
        assertThat(view.count.getText()).startsWith("No course matches");
    }

    @Test
    void shouldReportTheRefusedRowsOfAnUploadedExport() {
        signIn(data.administrator());
        UI.getCurrent().navigate("catalogue/import");
        CatalogueImportView view = _get(CatalogueImportView.class);

        view.importFile(
                "export.json", "[{\"platformId\": \"bad id!\", \"title\": \"x\"}]".getBytes(StandardCharsets.UTF_8));

        assertThat(view.summary.getText()).isEqualTo("0 created, 0 updated, 0 unchanged, 0 retired, 1 refused");
        assertThat(view.errors.isVisible()).isTrue();
    }

    @Test
    void shouldNotLetACounsellorImport() {
        signIn(data.counsellor(lu.adem.tremplin.shared.Agency.LUXEMBOURG));

        assertThatThrownBy(() -> UI.getCurrent().navigate("catalogue/import")).hasMessageContaining("Access is denied");
    }
}

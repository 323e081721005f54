package lu.adem.tremplin.learningplatform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import lu.adem.tremplin.support.KaribuViewTest;

class ProgressImportViewTests extends KaribuViewTest {

    @Test
    void shouldImportAProgressExportAndReportItsRefusedRows() {
        signIn("admin");
        UI.getCurrent().navigate("progress-import");
        ProgressImportView view = _get(ProgressImportView.class);

        view.importProgress("external_id,course_id,progress,time_spent_minutes,last_activity_at\n"
                + "DE-2026-VIEWPROG,7100001,30,45,2026-11-20T10:00:00Z\n"
                + "DE-2026-VIEWPROG,7100002,300,45,2026-11-20T10:00:00Z\n");

        assertThat(view.summary.getText()).isEqualTo("1 created, 0 updated, 0 unchanged, 1 refused");
        assertThat(view.errors.isVisible()).isTrue();
    }

    @Test
    void shouldNotOpenToACounsellor() {
        signIn("counsellor");

        assertThatThrownBy(() -> UI.getCurrent().navigate("progress-import")).hasMessageContaining("Access is denied");
    }
}

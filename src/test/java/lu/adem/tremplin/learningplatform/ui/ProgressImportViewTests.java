package lu.adem.tremplin.learningplatform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import lu.adem.tremplin.support.KaribuViewTest;
import lu.adem.tremplin.support.TestData;

class ProgressImportViewTests extends KaribuViewTest {

    @Test
    void shouldImportAProgressExportAndReportItsRefusedRows() {
        String number = TestData.registrationNumber();
        signIn(data.administrator());
        UI.getCurrent().navigate("progress-import");
        ProgressImportView view = _get(ProgressImportView.class);

        view.importProgress("external_id,course_id,progress,time_spent_minutes,last_activity_at\n"
                + number + ",7100001,30,45,2026-11-20T10:00:00Z\n"
                + number + ",7100002,300,45,2026-11-20T10:00:00Z\n");

        assertThat(view.summary.getText()).isEqualTo("1 created, 0 updated, 0 unchanged, 1 refused");
        assertThat(view.errors.isVisible()).isTrue();
    }

    @Test
    void shouldNotOpenToACounsellor() {
        signIn(data.counsellor(lu.adem.tremplin.shared.Agency.LUXEMBOURG));

        assertThatThrownBy(() -> UI.getCurrent().navigate("progress-import")).hasMessageContaining("Access is denied");
    }
}

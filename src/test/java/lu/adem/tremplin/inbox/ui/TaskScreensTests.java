package lu.adem.tremplin.inbox.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import lu.adem.tremplin.shared.TaskScreen;

class TaskScreensTests {

    @Test
    void shouldOpenARegisteredTaskOnItsOwnScreenAndEveryOtherOnTheFormScreen() {
        var screens = new TaskScreens(List.of(new TaskScreen("ChooseCourse", "tasks/choose-course")));

        assertThat(screens.path("ChooseCourse", "42")).isEqualTo("tasks/choose-course/42");
        assertThat(screens.path("ProposeProgramme", "43")).isEqualTo("tasks/43");
    }

    @Test
    void shouldRefuseTwoScreensForOneTask() {
        assertThatThrownBy(() -> new TaskScreens(List.of(
                        new TaskScreen("ChooseCourse", "tasks/choose-course"),
                        new TaskScreen("ChooseCourse", "tasks/other"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ChooseCourse");
    }

    @Test
    void shouldRefuseARouteWithSlashesAtItsEnds() {
        assertThatThrownBy(() -> new TaskScreen("ChooseCourse", "/tasks/choose-course"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package lu.adem.tremplin.recommendation.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import lu.adem.tremplin.recommendation.CourseRecommendationProcess;
import lu.adem.tremplin.shared.TaskScreen;

/** Tells the inbox that the course choice opens on {@link ChooseCourseView}, not on the generic form screen. */
@Configuration(proxyBeanMethods = false)
class ChooseCourseTaskScreen {

    @Bean
    TaskScreen chooseCourseScreen() {
        return new TaskScreen(CourseRecommendationProcess.TASK_CHOOSE_COURSE, ChooseCourseView.PATH);
    }
}

package lu.adem.tremplin.jobseeker.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.ReferentWork;

/**
 * After a jobseeker's referent counsellor changed: offers to move the jobseeker's open tasks to the new referent.
 * Nothing moves unless the user says so; nothing is offered when no task would move.
 */
class ReferentMoveDialog extends Dialog {

    final Button move = new Button();
    final Button keep = new Button();

    private ReferentMoveDialog(ReferentWork work, Jobseeker jobseeker, String former, String now, int tasks) {
        setHeaderTitle(getTranslation("jobseeker.referent-move.title"));
        add(new Paragraph(getTranslation("jobseeker.referent-move.text", tasks, jobseeker.fullName(), now)));
        move.setText(getTranslation("jobseeker.referent-move.move", tasks));
        move.setId("referent-move");
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.setDisableOnClick(true);
        move.addClickListener(click -> {
            int moved = work.move(jobseeker.registrationNumber(), former, now);
            Notification.show(
                            getTranslation("jobseeker.referent-move.done", moved, now),
                            5000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
        });
        keep.setText(getTranslation("jobseeker.referent-move.keep"));
        keep.setId("referent-keep");
        keep.addClickListener(click -> close());
        getFooter().add(keep, move);
    }

    /** Opens the offer when the referent changed and some open task would follow them. */
    static void offer(ReferentWork work, Jobseeker jobseeker, String former, String now) {
        if (now == null || now.isBlank() || now.equals(former)) {
            return;
        }
        int tasks = work.movable(jobseeker.registrationNumber(), former, now);
        if (tasks > 0) {
            new ReferentMoveDialog(work, jobseeker, former, now, tasks).open();
        }
    }
}

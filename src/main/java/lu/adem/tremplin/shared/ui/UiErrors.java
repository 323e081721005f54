package lu.adem.tremplin.shared.ui;

import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import lu.adem.tremplin.shared.AlreadyDone;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.DatabaseOutage;

/**
 * What the user sees when something fails in a screen: a message in their language with a short
 * reference, never a stack trace; what they typed stays on the screen. Operators find the full
 * error in the log under the same reference.
 */
@Component
class UiErrors implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String reference = UUID.randomUUID().toString().substring(0, 8);
        String key = messageKey(error);
        String user = CurrentUser.get().map(CurrentUser::userId).orElse("anonymous");
        if (key.equals("error.database-unavailable")) {
            log.warn("UI error {} for user {}: the database is out of reach ({})", reference, user, error.toString());
        } else if (key.equals("error.unexpected")) {
            log.error("UI error {} for user {}", reference, user, error);
        } else {
            log.warn("UI refusal {} ({}) for user {}: {}", reference, key, user, error.toString());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notification =
                    new Notification(ui.getTranslation(key, reference), 10_000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.open();
        }
    }

    /** The translation key that explains an error to its user. */
    static String messageKey(Throwable error) {
        if (DatabaseOutage.isCause(error)) {
            return "error.database-unavailable";
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthorizationException) {
                return "error.not-allowed";
            }
            if (cause instanceof AlreadyDone) {
                return "error.task-already-done";
            }
            if (cause instanceof OptimisticLockingException || cause instanceof NullValueException) {
                return "error.changed-meanwhile";
            }
        }
        return "error.unexpected";
    }
}

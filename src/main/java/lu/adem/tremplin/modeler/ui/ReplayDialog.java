package lu.adem.tremplin.modeler.ui;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import lu.adem.tremplin.modeler.DecisionReplay;
import lu.adem.tremplin.shared.ui.PeriodPicker;

/**
 * "Replay on past decisions": the draft of a decision table replayed on the real decisions of a period
 * (the last 90 days to begin with), shown beside what the deployed versions decided ({@link ReplayResult}).
 * Nothing is deployed or recorded.
 */
class ReplayDialog extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(ReplayDialog.class);
    static final int DEFAULT_DAYS = 90;

    private final DecisionReplay replay;
    private final String draft;
    final PeriodPicker period;
    final Button run = new Button();
    final Div result = new Div();
    final Paragraph error = new Paragraph();

    ReplayDialog(DecisionReplay replay, String resourceName, String draft) {
        this.replay = replay;
        this.draft = draft;
        setHeaderTitle(getTranslation("replay.title", resourceName));
        setWidth("min(64rem, 96vw)");
        var today = replay.today();
        period = new PeriodPicker("replay", today.minusDays(DEFAULT_DAYS - 1L), today, today);
        run.setText(getTranslation("replay.run"));
        run.setId("replay-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setDisableOnClick(true);
        run.addClickListener(click -> runReplay());
        run.addClickShortcut(Key.ENTER);
        HorizontalLayout choose = new HorizontalLayout(period.from, period.to, run);
        choose.setAlignItems(FlexComponent.Alignment.BASELINE);
        choose.setWrap(true);
        error.setId("replay-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        result.setId("replay-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(new Paragraph(getTranslation("replay.help")), choose, error, result);
        Button close = new Button(getTranslation("replay.close"), click -> close());
        close.setId("replay-close");
        getFooter().add(close);
    }

    void runReplay() {
        try {
            if (!period.valid()) {
                return;
            }
            error.setVisible(false);
            result.removeAll();
            DecisionReplay.Replay done = replay.replay(draft, period.from.getValue(), period.to.getValue());
            result.add(new ReplayResult(done, getLocale()));
        } catch (IllegalArgumentException refused) {
            showError(getTranslation("replay.refused", refused.getMessage()));
        } catch (RuntimeException failed) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.warn("Replaying a decision draft failed, reference {}", reference, failed);
            showError(getTranslation("error.unexpected", reference));
        } finally {
            run.setEnabled(true);
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}

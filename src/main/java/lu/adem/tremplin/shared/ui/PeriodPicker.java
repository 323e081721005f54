package lu.adem.tremplin.shared.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * A period of days chosen with two date pickers, "from" and "to" (both included), for the supervisors'
 * figures. A backward period is flagged on the "to" field in the user's language and not reported as
 * a change, so a view never computes figures for it.
 */
@org.springframework.modulith.NamedInterface("ui-components")
public final class PeriodPicker {

    public final DatePicker from = new DatePicker();
    public final DatePicker to = new DatePicker();

    public PeriodPicker(String idPrefix, LocalDate first, LocalDate last, LocalDate latest) {
        from.setId(idPrefix + "-from");
        from.setLabel(from.getTranslation("cockpit.period.from"));
        from.setValue(first);
        from.setMax(latest);
        to.setId(idPrefix + "-to");
        to.setLabel(to.getTranslation("cockpit.period.to"));
        to.setValue(last);
        to.setMax(latest);
    }

    /** Runs {@code change} whenever either day changes to a complete, forward period. */
    public void onChange(Runnable change) {
        from.addValueChangeListener(event -> {
            if (valid()) {
                change.run();
            }
        });
        to.addValueChangeListener(event -> {
            if (valid()) {
                change.run();
            }
        });
    }

    /** Whether both days are set and the last is not before the first; marks the "to" field otherwise. */
    public boolean valid() {
        if (from.getValue() == null || to.getValue() == null) {
            return false;
        }
        boolean backwards = to.getValue().isBefore(from.getValue());
        to.setInvalid(backwards);
        to.setErrorMessage(backwards ? to.getTranslation("cockpit.period.backwards") : null);
        return !backwards;
    }
}

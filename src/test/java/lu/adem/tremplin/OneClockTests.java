package lu.adem.tremplin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import lu.adem.tremplin.shared.EngineClock;

/**
 * One clock: Tremplin's code asks {@link EngineClock} (injected as a {@link Clock}) for the time, never
 * the system, so that moving the engine's time moves every screen and service. Only the clock itself
 * reads the engine's time, and only the sign-in throttle keeps real time (its reason is written there).
 */
class OneClockTests {

    private static final String SIGN_IN_THROTTLE = "lu.adem.tremplin.shared.security.SignInThrottle";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("lu.adem.tremplin");

    /** {@code now()} of java.time without a clock, {@code new Date()}, {@code System.currentTimeMillis()}. */
    static final DescribedPredicate<JavaAccess<?>> READS_THE_SYSTEMS_TIME =
            new DescribedPredicate<>(
                    "read the system's time (now() without a Clock, new Date(), System.currentTimeMillis())") {
                @Override
                public boolean test(JavaAccess<?> access) {
                    AccessTarget target = access.getTarget();
                    String owner = target.getOwner().getName();
                    if (!(target instanceof AccessTarget.CodeUnitAccessTarget codeUnit)) {
                        return false;
                    }
                    var parameters = codeUnit.getRawParameterTypes();
                    boolean withClock =
                            parameters.size() == 1 && parameters.get(0).isEquivalentTo(Clock.class);
                    return owner.startsWith("java.time.") && target.getName().equals("now") && !withClock
                            || owner.equals(Date.class.getName())
                                    && target.getName().equals("<init>")
                                    && parameters.isEmpty()
                            || owner.equals(System.class.getName())
                                    && target.getName().equals("currentTimeMillis");
                }
            };

    /** {@code Clock.systemUTC()}, {@code Clock.systemDefaultZone()}, {@code Clock.system(zone)}. */
    static final DescribedPredicate<JavaAccess<?>> TAKES_THE_SYSTEMS_CLOCK =
            new DescribedPredicate<>("take the system's clock") {
                @Override
                public boolean test(JavaAccess<?> access) {
                    return access.getTarget().getOwner().isEquivalentTo(Clock.class)
                            && access.getTarget().getName().startsWith("system");
                }
            };

    static final ArchRule ASK_THE_ONE_CLOCK = noClasses()
            .that()
            .doNotBelongToAnyOf(EngineClock.class)
            .should()
            .accessTargetWhere(READS_THE_SYSTEMS_TIME)
            .orShould()
            .dependOnClassesThat()
            .belongToAnyOf(ClockUtil.class)
            .because("Tremplin has one clock, the engine's: take a java.time.Clock by constructor and ask it "
                    + "(Instant.now(clock), LocalDate.now(clock))");

    static final ArchRule NO_SECOND_CLOCK = noClasses()
            .that()
            .doNotHaveFullyQualifiedName(SIGN_IN_THROTTLE)
            .should()
            .accessTargetWhere(TAKES_THE_SYSTEMS_CLOCK)
            .because("only the sign-in throttle keeps real time (see why there)");

    @Test
    void shouldAskTheOneClockForTheTime() {
        ASK_THE_ONE_CLOCK.check(MAIN);
        NO_SECOND_CLOCK.check(MAIN);
    }

    @Test
    void shouldCatchEveryOtherWayToReadTheTime() {
        JavaClasses readers = new ClassFileImporter().importClasses(SystemTimeReaders.class);

        assertThatThrownBy(() -> ASK_THE_ONE_CLOCK.check(readers))
                .hasMessageContaining("Instant.now()")
                .hasMessageContaining("LocalDate.now(java.time.ZoneId)")
                .hasMessageContaining("Date.<init>()")
                .hasMessageContaining("System.currentTimeMillis()")
                .hasMessageContaining("ClockUtil")
                .hasMessageNotContaining("LocalDate.now(java.time.Clock)");
        assertThatThrownBy(() -> NO_SECOND_CLOCK.check(readers)).hasMessageContaining("Clock.systemUTC()");
    }

    /** What the rules refuse (and one thing they allow: asking a clock). */
    @SuppressWarnings("unused")
    static class SystemTimeReaders {
        Object[] times(Clock clock) {
            return new Object[] {
                Instant.now(),
                LocalDate.now(ZoneId.of("Europe/Luxembourg")),
                new Date(),
                System.currentTimeMillis(),
                ClockUtil.getCurrentTime(),
                Clock.systemUTC(),
                LocalDate.now(clock)
            };
        }
    }
}

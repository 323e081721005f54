package lu.adem.tremplin.learningplatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;

import lu.adem.tremplin.learningplatform.LearningPlatform.AccountStatus;
import lu.adem.tremplin.learningplatform.LearningPlatform.Member;
import lu.adem.tremplin.learningplatform.simulator.LearningPlatformSimulator;
import lu.adem.tremplin.shared.EngineClock;

@JdbcTest
@Import({
    LearningPlatformSimulator.class,
    io.micrometer.core.instrument.simple.SimpleMeterRegistry.class,
    EngineClock.class
})
class LearningPlatformSimulatorTests {

    @Autowired
    LearningPlatformSimulator simulator;

    @AfterEach
    void up() {
        simulator.setDown(false);
    }

    @Test
    void shouldInviteOnceAndActivateLikeTheRealPlatform() {
        Member member = new Member("DE-SIM-1", "a@example.lu", "fr", "adem-wiltz");

        assertThat(simulator.accountStatus("DE-SIM-1")).isEqualTo(AccountStatus.NOT_INVITED);
        assertThat(simulator.invite(member).status()).isEqualTo(AccountStatus.INVITED);
        assertThat(simulator.activate("DE-SIM-1")).isTrue();
        assertThat(simulator.invite(member).status())
                .as("inviting again answers the current status")
                .isEqualTo(AccountStatus.ACTIVE);
        assertThat(simulator.activate("DE-SIM-1")).as("already active").isFalse();
        assertThat(simulator.accounts(10)).singleElement().satisfies(account -> {
            assertThat(account.team()).isEqualTo("adem-wiltz");
            assertThat(account.activatedAt()).isNotNull();
        });
    }

    @Test
    void shouldFailEveryCallWhileSwitchedDown() {
        simulator.setDown(true);

        assertThatThrownBy(() -> simulator.accountStatus("DE-SIM-2"))
                .isInstanceOf(PlatformUnavailable.class)
                .hasMessageContaining("Simulated outage");
        assertThatThrownBy(() -> simulator.invite(new Member("DE-SIM-2", null, "en", "t")))
                .isInstanceOf(PlatformUnavailable.class);

        simulator.setDown(false);
        assertThat(simulator.accountStatus("DE-SIM-2")).isEqualTo(AccountStatus.NOT_INVITED);
    }

    @Test
    void shouldNameItselfASimulator() {
        assertThat(simulator.name()).isEqualTo("simulator");
    }
}

package lu.adem.tremplin.learningplatform.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import lu.adem.tremplin.learningplatform.LearningPlatform.AccountStatus;
import lu.adem.tremplin.learningplatform.PlatformUnavailable;
import lu.adem.tremplin.shared.EngineClock;

/**
 * Issue 16, point 5: the simulator's "down" switch is the database's, not one instance's. Two simulators on one
 * database (as two nodes have) see the same switch; each statement commits on its own, as on two nodes.
 * {@code DeadNodeTakeoverIntegrationTests} checks it with two application contexts on PostgreSQL.
 */
@JdbcTest
@Import({
    LearningPlatformSimulator.class,
    io.micrometer.core.instrument.simple.SimpleMeterRegistry.class,
    EngineClock.class
})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SimulatorSwitchTests {

    @Autowired
    LearningPlatformSimulator nodeA;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock clock;

    @AfterEach
    void up() {
        nodeA.setDown(false);
    }

    @Test
    void shouldRefuseOnEveryInstanceOnceOneIsSwitchedDownAndServeAgainOnceUp() {
        LearningPlatformSimulator nodeB = new LearningPlatformSimulator(
                jdbc, events, clock, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        assertThat(nodeB.isDown()).isFalse();

        nodeA.setDown(true);

        assertThat(nodeB.isDown()).isTrue();
        assertThatThrownBy(() -> nodeB.accountStatus("DE-SW-1"))
                .isInstanceOf(PlatformUnavailable.class)
                .hasMessageContaining("Simulated outage");

        nodeB.setDown(false);

        assertThat(nodeA.isDown()).isFalse();
        assertThat(nodeA.accountStatus("DE-SW-1")).isEqualTo(AccountStatus.NOT_INVITED);
    }

    @Test
    void shouldKeepTheSwitchInItsOneRowForAFaultRunToFlipBySql() {
        jdbc.sql("update platform_simulator_state set down = true where id = 1").update();

        assertThat(nodeA.isDown()).isTrue();
        assertThat(jdbc.sql("select count(*) from platform_simulator_state")
                        .query(Integer.class)
                        .single())
                .isOne();
    }
}

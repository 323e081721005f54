package lu.adem.tremplin.ownership;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import lu.adem.tremplin.jobseeker.Jobseekers;

/** Puts the {@link AssignmentRule} into the engine, answered from the jobseekers' table and the absences. */
@Configuration(proxyBeanMethods = false)
class OwnershipEngine {

    @Bean
    TaskOwners taskOwners(Jobseekers jobseekers, AbsenceTable absences, Clock clock) {
        return new TaskOwners(jobseekers::referentOf, absences, clock);
    }
}

package lu.adem.tremplin.outbox;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the scheduled delivery of the outbox. */
@Configuration
@EnableScheduling
class OutboxScheduling {}

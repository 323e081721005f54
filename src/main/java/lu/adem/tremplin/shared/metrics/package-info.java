/**
 * Tremplin's metrics of the engine, published on {@code /actuator/prometheus} (docs/ops/monitoring.md,
 * docs/adr/0025): the engine's own event meters (jobs acquired, executed, failed…), cases started and ended,
 * and what the engine holds now (open and overdue tasks, incidents, the job backlog). Tags are processes,
 * steps, agencies, outcomes: never a user, a case or a jobseeker. Modules publish their own meters the same
 * way (the outbox, the learning platform).
 */
package lu.adem.tremplin.shared.metrics;

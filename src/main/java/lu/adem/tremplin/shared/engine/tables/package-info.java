/**
 * The one seam between Tremplin and Camunda's own tables: every statement that names one of the
 * engine's tables lives in this package, and nowhere else in {@code src/main/java}
 * ({@code EngineTablesOnlyHereTests} fails on any other file).
 *
 * <p>Tremplin goes around Camunda's public API only where that API is too slow for a screen (the inbox's
 * lists, ADR 0009; the cockpit's live counts and day summaries, ADR 0011) or has no query at all (Camunda
 * Forms, engine locks of accounts). Callers get records, never SQL: {@link TaskLists} and
 * {@link TaskReadGrants} for the inbox, {@link JobseekerCases} for a counsellor's caseload, {@link OpenWork}, {@link RunningCases} and {@link ActivityHistory}
 * for the cockpit, {@link FormDefinitions} for the workbench, {@link AccountLocks} for sign-in locks, {@link EngineHistory}
 * (what the engine holds about a jobseeker, and its anonymisation: Camunda has no API that rewrites history)
 * and {@link CaseEnds} for retention;
 * {@code EngineIndexes} adds the indexes these queries walk. None of them reads a clock: callers pass
 * their "now". Each query has a test on H2 and on PostgreSQL ({@code EngineTablesContract}), which
 * also runs before an engine upgrade tells whether a column moved.
 *
 * <p>Exposed to the other modules as the named interface {@code engine-tables}. Who is in which group
 * is not read here: it goes through Camunda's {@code IdentityService}, so that another identity provider
 * (LDAP) keeps working.
 */
@org.springframework.modulith.NamedInterface("engine-tables")
package lu.adem.tremplin.shared.engine.tables;

/**
 * Shared kernel: roles and agencies, security (one login for Tremplin, the Camunda webapps and the
 * engine REST API; {@code security/}), directory sign-in under the {@code ldap} profile (Camunda's LDAP plugin
 * with Tremplin's groups mapped from the directory's; {@code directory/}), engine hardening and deployment of {@code bpmn/} and
 * {@code forms/} ({@code engine/}), the one seam to Camunda's tables ({@code engine/tables/}: every query
 * on the engine's own tables), the UI shell ({@code MainLayout}, login, language switch; {@code ui/}) and
 * translations ({@code i18n/}); what the task screen and the workbench agree on about Camunda Forms
 * ({@code FormComponents}, and {@code FormFeel}: their FEEL, read by the engine's feel-scala); and
 * Tremplin's one clock ({@link lu.adem.tremplin.shared.EngineClock}, the engine's time: every module asks
 * it for the time).
 *
 * <p>Public API, the types of this package: {@link lu.adem.tremplin.shared.Roles},
 * {@link lu.adem.tremplin.shared.Agency}, {@link lu.adem.tremplin.shared.CurrentUser}, the names a case
 * carries between processes ({@link lu.adem.tremplin.shared.CaseVariables}) and what code relies on in a
 * diagram ({@link lu.adem.tremplin.shared.ProcessContract}), the engine as the system
 * ({@link lu.adem.tremplin.shared.EngineAsSystem}, {@link lu.adem.tremplin.shared.EngineCommands},
 * {@link lu.adem.tremplin.shared.CaseHandover}, {@link lu.adem.tremplin.shared.ProcessBeans},
 * {@link lu.adem.tremplin.shared.FormComponents}, {@link lu.adem.tremplin.shared.FormFeel}), the clock
 * ({@link lu.adem.tremplin.shared.EngineClock}), task work ({@link lu.adem.tremplin.shared.TaskCompletion},
 * {@link lu.adem.tremplin.shared.AlreadyDone}) and {@link lu.adem.tremplin.shared.TaskScreen}, by which a
 * process module registers its own screen for one of its tasks with the inbox, and
 * {@link lu.adem.tremplin.shared.StepNames}, the steps' names in the user's language as the diagrams give them
 * (ADR 0030). Two named interfaces
 * expose more: {@code engine-tables} (the records and queries of the seam to Camunda's tables) and
 * {@code ui-components} (the screens' building blocks {@code CsvDownload}, {@code EChart},
 * {@code PeriodPicker}); the sub-packages are otherwise internal.
 *
 * <p>Depends on no other Tremplin module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared kernel",
        allowedDependencies = {})
package lu.adem.tremplin.shared;

/**
 * Shared kernel: roles and agencies, security (one login for Tremplin, the Camunda webapps and the
 * engine REST API), engine hardening and deployment of {@code bpmn/} and {@code forms/}, the one seam to
 * Camunda's tables ({@code shared.engine.tables}, named interface {@code engine-tables}: every query on
 * the engine's own tables), the UI shell ({@code MainLayout}, login, language switch) and translations;
 * what the task screen and the workbench agree on about Camunda Forms ({@code FormComponents}, and
 * {@code FormFeel}: their FEEL, read by the engine's feel-scala); and Tremplin's one clock
 * ({@link lu.adem.tremplin.shared.EngineClock}, the engine's time: every module asks it for the time).
 *
 * <p>Depends on no other Tremplin module; every other module may use its public types
 * ({@link lu.adem.tremplin.shared.Roles}, {@link lu.adem.tremplin.shared.Agency},
 * {@link lu.adem.tremplin.shared.CurrentUser}, the names a case carries between processes
 * {@link lu.adem.tremplin.shared.CaseVariables}, and {@link lu.adem.tremplin.shared.ProcessContract}, what
 * code relies on in a diagram).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
        allowedDependencies = {})
package lu.adem.tremplin.shared;

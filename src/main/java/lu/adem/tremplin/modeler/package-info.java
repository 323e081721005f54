/**
 * Process owners' workbench: every deployed BPMN, DMN and form with its versions, drafts saved per
 * user, Tremplin's lint rules and XML safety checks, the difference a draft makes and the running cases
 * it concerns, and deployment with a change note. Public API: {@link lu.adem.tremplin.modeler.Workbench}.
 *
 * <p>Its deployment checks hold on every path, not only the workbench's: a pre-deployer of the engine
 * runs them on every new deployment (Camunda Modeler through the engine REST API, the start-up
 * deployment, the Java API), see {@code DeploymentChecks}. Among them, {@code ContractRules} refuses a
 * version that breaks what Tremplin's code relies on in a process (each process module's
 * {@link lu.adem.tremplin.shared.ProcessContract}, collected as beans): an element the code names removed,
 * its id or its type changed, a message no longer used, a thrown error no longer caught, a variable no
 * longer set (ADR 0016).
 *
 * <p>Uses the shared kernel, and its engine-table seam {@code engine-tables} for the deployed Camunda
 * Forms (7.24 has no public query for them).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Modeler",
        allowedDependencies = {"shared", "shared :: engine-tables", "shared :: ui-components"})
package lu.adem.tremplin.modeler;

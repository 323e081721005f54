/**
 * Process owners' workbench: every deployed BPMN, DMN and form with its versions, drafts saved per
 * user, Tremplin's lint rules and XML safety checks, the difference a draft makes and the running cases
 * it concerns, and deployment with a change note. Public API: {@link lu.adem.tremplin.modeler.Workbench}.
 *
 * <p>Its deployment checks hold on every path, not only the workbench's: a pre-deployer of the engine
 * runs them on every new deployment (Camunda Modeler through the engine REST API, the start-up
 * deployment, the Java API), see {@code DeploymentChecks}.
 *
 * <p>Uses the shared kernel only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Modeler")
package lu.adem.tremplin.modeler;

/**
 * Process owners' workbench: every deployed BPMN, DMN and form with its versions, drafts saved per
 * user, Tremplin's lint rules and XML safety checks, the difference a draft makes and the running cases
 * it concerns, and deployment with a change note. Public API: {@link lu.adem.tremplin.modeler.Workbench}.
 *
 * <p>Uses the shared kernel only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Modeler")
package lu.adem.tremplin.modeler;

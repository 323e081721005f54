/**
 * Process owners' workbench: the deployed process and decision definitions with their versions and
 * running cases (the editor, checks and deployment follow). Public API:
 * {@link lu.adem.tremplin.modeler.DeployedDefinitions}.
 *
 * <p>Uses the shared kernel only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Modeler")
package lu.adem.tremplin.modeler;

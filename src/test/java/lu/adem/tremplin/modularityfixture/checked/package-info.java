/** A module that declares no dependency but has one: {@code ModularityTests} expects verify() to refuse it. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package lu.adem.tremplin.modularityfixture.checked;

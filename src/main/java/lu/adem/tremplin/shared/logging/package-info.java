/**
 * What Tremplin's log lines carry besides their message: the signed-in user, the case and the
 * jobseeker's registration number as fields of their own, and nothing else about a person (README,
 * "Logs"; docs/adr/0028). Production writes them as JSON (Elastic Common Schema); the embedded default
 * keeps readable text.
 */
package lu.adem.tremplin.shared.logging;

package lu.adem.tremplin.modeler;

/**
 * One thing Tremplin's code relies on that a draft would break (from the process modules' contracts,
 * {@link ContractRules}), for the process owner to see before deploying.
 *
 * @param subject the element id, message name, error code or variable the code relies on
 * @param problem the error a deployment of the draft is refused with
 * @param processKey the process whose contract it is
 * @param usedBy which code relies on the element, in the contract's words; null where the contract names
 *        only the process (messages, errors, variables, the process id)
 */
public record ContractBreak(String subject, Problem problem, String processKey, String usedBy) {}

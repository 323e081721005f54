package lu.adem.tremplin.shared;

import java.util.function.Function;

/**
 * A process's promise of one running case per key (docs/adr/0022), published as a bean by the module that owns
 * the process, next to its contract: by the business key (the registration number: one onboarding, one course
 * choice at a time per jobseeker), or by the business key and a start variable (one follow-up per jobseeker and
 * course). The engine holds every start to it (a built-in listener and the database's primary key).
 */
public record OneCasePerKey(String processKey, String variable) {

    /** One running case per business key. */
    public static OneCasePerKey byBusinessKey(String processKey) {
        return new OneCasePerKey(processKey, null);
    }

    /** One running case per business key and value of this start variable. */
    public static OneCasePerKey byBusinessKeyAnd(String processKey, String variable) {
        return new OneCasePerKey(processKey, variable);
    }

    /** The case's key: the business key, followed by the variable's value when there is one. */
    public String keyOf(String businessKey, Function<String, Object> variables) {
        if (variable == null) {
            return businessKey;
        }
        Object value = variables.apply(variable);
        return value == null ? businessKey : businessKey + ":" + value;
    }
}

package lu.adem.tremplin.shared.engine;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.OneCasePerKey;

/**
 * The processes that allow one running case per key, and each one's key (docs/adr/0022), as the modules that own
 * them declare it ({@link OneCasePerKey} beans beside their contracts): onboarding and course recommendation, one
 * per jobseeker; follow-up, one per jobseeker and course (for example {@code DE-1234-5678:7100001}). A jobseeker
 * may have several follow-ups in turn (a next course, a switch of course), but never two of the same course at
 * once.
 */
@Component
public class CaseKeys {

    private final Map<String, OneCasePerKey> keys;

    public CaseKeys(List<OneCasePerKey> declared) {
        this.keys = declared.stream().collect(Collectors.toUnmodifiableMap(OneCasePerKey::processKey, key -> key));
    }

    /** Whether the process allows one running case per key. */
    public boolean guarded(String processKey) {
        return keys.containsKey(processKey);
    }

    /**
     * The case's key, or null when the process is not guarded or the case has no business key.
     *
     * @param variable the case's variables by name
     */
    public String of(String processKey, String businessKey, Function<String, Object> variable) {
        OneCasePerKey key = keys.get(processKey);
        return key == null || businessKey == null ? null : key.keyOf(businessKey, variable);
    }
}

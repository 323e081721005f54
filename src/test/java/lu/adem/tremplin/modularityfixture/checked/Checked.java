package lu.adem.tremplin.modularityfixture.checked;

import lu.adem.tremplin.modularityfixture.used.Used;

/** Uses the {@code used} module, which its package-info does not allow. */
public class Checked {

    public String describe() {
        return "uses " + Used.name();
    }
}

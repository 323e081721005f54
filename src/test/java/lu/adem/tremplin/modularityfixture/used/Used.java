package lu.adem.tremplin.modularityfixture.used;

/** A module's API type that {@code checked} uses without declaring it (ModularityTests). */
public class Used {

    public static String name() {
        return "used";
    }
}

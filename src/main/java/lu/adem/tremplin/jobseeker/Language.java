package lu.adem.tremplin.jobseeker;

/** Languages a jobseeker works in: the pilot's course languages and Luxembourg's own. */
public enum Language {
    FR,
    EN,
    ES,
    DE,
    LB
}

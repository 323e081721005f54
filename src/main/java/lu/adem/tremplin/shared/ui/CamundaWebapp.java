package lu.adem.tremplin.shared.ui;

import java.util.List;

import lu.adem.tremplin.shared.Roles;

/** Camunda's community webapps, reached with the Tremplin login (single sign-on). */
enum CamundaWebapp {
    COCKPIT(
            "/camunda/app/cockpit/default/",
            "nav.camunda-cockpit",
            List.of(Roles.SUPERVISOR, Roles.PROCESS_OWNER, Roles.ADMIN)),
    TASKLIST("/camunda/app/tasklist/default/", "nav.camunda-tasklist", List.of(Roles.ADMIN)),
    ADMIN("/camunda/app/admin/default/", "nav.camunda-admin", List.of(Roles.ADMIN));

    private final String path;
    private final String titleKey;
    private final List<String> roles;

    CamundaWebapp(String path, String titleKey, List<String> roles) {
        this.path = path;
        this.titleKey = titleKey;
        this.roles = roles;
    }

    String path() {
        return path;
    }

    String titleKey() {
        return titleKey;
    }

    List<String> roles() {
        return roles;
    }
}

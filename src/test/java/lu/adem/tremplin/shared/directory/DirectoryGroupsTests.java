package lu.adem.tremplin.shared.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class DirectoryGroupsTests {

    private final DirectoryGroups groups = new DirectoryGroups(
            Map.of(
                    "counsellor", "ADEM-Tremplin-Conseillers",
                    "agency-luxembourg", "cn=ADEM-Agence-Luxembourg,ou=groups,dc=adem,dc=lu",
                    "dpo", ""),
            "cn");

    @Test
    void shouldAskTheDirectoryForTheConfiguredGroupByIdOrByDn() {
        assertThat(groups.directoryIdOf("counsellor")).isEqualTo("ADEM-Tremplin-Conseillers");
        assertThat(groups.directoryIdOf("agency-luxembourg")).isEqualTo("ADEM-Agence-Luxembourg");
    }

    @Test
    void shouldShowTheConfiguredDirectoryGroupUnderTremplinsIdWhateverItsCase() {
        assertThat(groups.tremplinIdOf("ADEM-Tremplin-Conseillers")).isEqualTo("counsellor");
        assertThat(groups.tremplinIdOf("adem-agence-luxembourg")).isEqualTo("agency-luxembourg");
    }

    @Test
    void shouldTakeAnUnmappedGroupAsTheDirectoryGroupOfTheSameId() {
        assertThat(groups.directoryIdOf("supervisor")).isEqualTo("supervisor");
        assertThat(groups.tremplinIdOf("supervisor")).isEqualTo("supervisor");
        assertThat(groups.directoryIdOf("dpo"))
                .as("an empty entry is no mapping")
                .isEqualTo("dpo");
        assertThat(groups.tremplinIdOf("ADEM-Comptabilite")).isEqualTo("ADEM-Comptabilite");
    }

    @Test
    void shouldNeverLetADirectoryGroupNamedLikeAMappedTremplinGroupGrantIt() {
        String namesake = groups.tremplinIdOf("counsellor");

        assertThat(namesake).isEqualTo("directory:counsellor");
        assertThat(groups.directoryIdOf(namesake)).isEqualTo("counsellor");
    }

    @Test
    void shouldRefuseAMappingOfAnUnknownGroupOrTwoGroupsToOne() {
        assertThatThrownBy(() -> new DirectoryGroups(Map.of("counselor", "X"), "cn"))
                .hasMessageContaining("tremplin.ldap.groups.counselor: not a Tremplin group");
        assertThatThrownBy(() -> new DirectoryGroups(Map.of("counsellor", "X", "supervisor", "x"), "cn"))
                .hasMessageContaining("both name the directory group");
        assertThatThrownBy(() -> new DirectoryGroups(Map.of("counsellor", "ou=X,dc=adem"), "cn"))
                .hasMessageContaining("must start with cn=");
    }
}

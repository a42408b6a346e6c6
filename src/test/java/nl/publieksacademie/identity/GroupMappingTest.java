package nl.publieksacademie.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupMappingTest {

    final GroupMapping mapping = new GroupMapping(Map.of(
            "leerlingen", GroupMapping.parse("leerlingen", "role:learner"),
            "trainers", GroupMapping.parse("trainers", "role:trainer, role:learner"),
            "balie", GroupMapping.parse("balie", "team:Balie Stadhuis,jobrole:baliemedewerker")));

    @Test
    void groupsGiveRolesTeamAndJobRole() {
        var mapped = mapping.map(List.of("trainers", "balie", "something-else"));
        assertEquals(Set.of("learner", "trainer"), mapped.roles());
        assertEquals(Optional.of("Balie Stadhuis"), mapped.team());
        assertEquals(Optional.of("baliemedewerker"), mapped.jobRole());
    }

    @Test
    void unknownGroupsGiveNoAccess() {
        var mapped = mapping.map(List.of("balie", "other"));
        assertTrue(mapped.roles().isEmpty());
    }

    @Test
    void aTypoInTheTableIsRefusedNamingTheGroup() {
        var wrong = assertThrows(IllegalArgumentException.class, () -> GroupMapping.parse("beheer", "role:admn"));
        assertTrue(wrong.getMessage().contains("beheer"));
        assertThrows(IllegalArgumentException.class, () -> GroupMapping.parse("x", "team"));
        assertThrows(IllegalArgumentException.class, () -> GroupMapping.parse("x", "afdeling:Burgerzaken"));
    }
}

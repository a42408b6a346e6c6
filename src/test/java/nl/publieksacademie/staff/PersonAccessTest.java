package nl.publieksacademie.staff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whom a reach covers: a granted department's teams and members; a person without a team only for admins. */
class PersonAccessTest {

    static StaffMember member(Team team) {
        StaffMember member = new StaffMember("jan", "jan@gemeente.nl", "Jan");
        member.setTeam(team);
        return member;
    }

    @Test
    void hrReachesTheGrantedDepartmentsOnly() {
        PersonAccess.Reach hr = new PersonAccess.Reach(Set.of("Burgerzaken"));
        Team balie = new Team("Balie", "Burgerzaken");
        Team wmo = new Team("Wmo Noord", "Sociaal Domein");
        assertTrue(hr.covers(balie));
        assertTrue(hr.covers(member(balie)));
        assertFalse(hr.covers(wmo));
        assertFalse(hr.covers(member(wmo)));
        assertFalse(hr.covers(member(null)), "no team, no department: not HR's");
        assertFalse(hr.covers((StaffMember) null));
        assertFalse(hr.everyone());
        assertFalse(hr.nobody());
    }

    @Test
    void adminsReachEveryoneAndOthersNobody() {
        assertTrue(PersonAccess.Reach.EVERYONE.covers(member(null)));
        assertTrue(PersonAccess.Reach.EVERYONE.covers(new Team("Balie", "Burgerzaken")));
        assertTrue(PersonAccess.Reach.NOBODY.nobody());
        assertFalse(PersonAccess.Reach.NOBODY.covers(member(new Team("Balie", "Burgerzaken"))));
    }
}

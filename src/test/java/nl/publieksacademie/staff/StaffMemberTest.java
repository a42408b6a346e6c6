package nl.publieksacademie.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import nl.publieksacademie.platform.SessionAccount;
import org.junit.jupiter.api.Test;

/** The security stamp changes with every change of sign-in rights and with nothing else. */
class StaffMemberTest {

    StaffMember member() {
        StaffMember member = new StaffMember("jan", "jan@gemeente.nl", "Jan Jansen");
        member.setRoles(Set.of("learner"));
        member.setPasswordHash("hash-1");
        return member;
    }

    @Test
    void deactivationRolesPasswordAndUserNameEachChangeTheStamp() {
        StaffMember member = member();
        long stamp = member.getSecurityStamp();
        member.setActive(false);
        assertEquals(stamp + 1, member.getSecurityStamp(), "deactivated");
        member.setRoles(Set.of("learner", "trainer"));
        assertEquals(stamp + 2, member.getSecurityStamp(), "roles");
        member.setPasswordHash("hash-2");
        assertEquals(stamp + 3, member.getSecurityStamp(), "password");
        member.setUsername("jan.jansen");
        assertEquals(stamp + 4, member.getSecurityStamp(), "user name");
    }

    @Test
    void savingTheSameValuesLeavesSessionsAlone() {
        StaffMember member = member();
        long stamp = member.getSecurityStamp();
        member.setActive(true);
        member.setRoles(Set.of("learner"));
        member.setPasswordHash("hash-1");
        member.setUsername("jan");
        member.setFullName("Jan de Vries");
        member.setEmail("j.devries@gemeente.nl");
        assertEquals(stamp, member.getSecurityStamp());
    }

    @Test
    void aSessionTellsANewPasswordFromOtherChanges() {
        StaffMember member = member();
        SessionAccount session = new SessionAccount(1, member.getSecurityStamp(), SessionAccount.mark("hash-1"));
        member.setRoles(Set.of("learner", "hr"));
        assertTrue(session.samePassword(member), "new roles: the session may go on");
        member.setPasswordHash("hash-2");
        assertFalse(session.samePassword(member), "new password: the session ends");
    }
}

package nl.publieksacademie.staff;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import nl.publieksacademie.platform.AccountChanged;

/**
 * Tells the platform that a staff member's row was written, whoever wrote it through JPA, so that the cached
 * security stamp of that account is dropped once the transaction has ended.
 */
public class AccountChanges {

    @Inject
    Event<AccountChanged> changed;

    @PostUpdate
    @PostRemove
    void written(StaffMember member) {
        changed.fire(new AccountChanged(member.getId()));
    }
}

package nl.publieksacademie.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import nl.publieksacademie.platform.AuditLog;
import nl.publieksacademie.staff.JobRole;
import nl.publieksacademie.staff.StaffMember;
import nl.publieksacademie.staff.Team;

/**
 * Keeps the staff member of a person who signs in through a provider as the provider describes them: created on the
 * first sign-in (no local password), updated at each (name, e-mail, roles, team, job role). Written through JPA, so a
 * change of roles raises the account's security stamp and the person's other sessions follow at their next request.
 */
@ApplicationScoped
public class ExternalAccounts {

    /** What a provider says about the person signing in. */
    public record Person(String subject, String username, String email, String fullName, Collection<String> groups) {}

    /** Why a sign-in was refused; the message key says it to the person. */
    public enum Refusal {
        MISSING_CLAIM("sso.refused.claims"),
        NO_ROLE("sso.refused.noRole"),
        DEACTIVATED("sso.refused.deactivated"),
        NAME_TAKEN("sso.refused.nameTaken");

        private final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** The staff member to sign in, or why not. */
    public record Outcome(StaffMember member, Refusal refusal) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Transactional
    public Outcome signIn(ProviderSettings provider, Person person) {
        String username = person.username() == null ? "" : person.username().strip().toLowerCase(Locale.ROOT);
        String email = person.email() == null ? "" : person.email().strip().toLowerCase(Locale.ROOT);
        if (person.subject() == null || username.isEmpty() || email.isEmpty() || username.length() > 120
                || email.length() > 254) {
            return new Outcome(null, Refusal.MISSING_CLAIM);
        }
        String fullName = person.fullName() == null || person.fullName().isBlank() ? username : person.fullName().strip();
        GroupMapping.Mapped mapped = provider.groups().map(person.groups());
        StaffMember member = em.createNamedQuery(StaffMember.BY_EXTERNAL_SUBJECT, StaffMember.class)
                .setParameter("provider", provider.id()).setParameter("subject", person.subject())
                .getResultStream().findFirst().orElse(null);
        if (member == null) {
            // an account the CSV import or an admin made without a password is taken over; one with a local
            // password stays local, so a provider can never sign someone in as a local admin
            StaffMember sameName = byLogin(username).or(() -> byLogin(email)).orElse(null);
            if (sameName != null && (sameName.getPasswordHash() != null || sameName.getExternalSubject() != null)) {
                return new Outcome(null, Refusal.NAME_TAKEN);
            }
            member = sameName;
        }
        if (taken(username, member) || taken(email, member)) {
            return new Outcome(null, Refusal.NAME_TAKEN);
        }
        if (member != null && !member.isActive()) {
            return new Outcome(null, Refusal.DEACTIVATED);
        }
        if (member == null) {
            if (mapped.roles().isEmpty()) {
                return new Outcome(null, Refusal.NO_ROLE);
            }
            member = new StaffMember(username, email, fullName.length() > 200 ? fullName.substring(0, 200) : fullName);
            member.linkExternal(provider.id(), person.subject());
            apply(member, mapped);
            em.persist(member);
            em.flush();
            audit.record(username, "staff-created", "staff:" + member.getId(), "first sign-in through " + provider.id()
                    + ": roles " + member.getRoles());
            return new Outcome(member, mapped.roles().isEmpty() ? Refusal.NO_ROLE : null);
        }
        member.linkExternal(provider.id(), person.subject());
        member.setUsername(username);
        member.setEmail(email);
        member.setFullName(fullName.length() > 200 ? fullName.substring(0, 200) : fullName);
        String before = member.getRoles().toString();
        apply(member, mapped);
        if (!before.equals(member.getRoles().toString())) {
            audit.record(username, "staff-changed", "staff:" + member.getId(), "roles from " + provider.id() + ": "
                    + before + " -> " + member.getRoles());
        }
        return new Outcome(member, mapped.roles().isEmpty() ? Refusal.NO_ROLE : null);
    }

    /**
     * Gives a staff member the roles, team and job role their groups map to (a team or job role not known here: none).
     * Also used by SCIM provisioning, so a group means the same whichever way it arrives.
     */
    public void apply(StaffMember member, GroupMapping.Mapped mapped) {
        member.setRoles(mapped.roles());
        member.setTeam(mapped.team().flatMap(this::team).orElse(null));
        member.setJobRole(mapped.jobRole().flatMap(JobRole::byCode).map(JobRole::code).orElse(null));
    }

    private Optional<Team> team(String name) {
        return em.createNamedQuery(Team.BY_NAME, Team.class).setParameter("name", name.strip()).getResultStream()
                .findFirst();
    }

    private Optional<StaffMember> byLogin(String login) {
        return em.createNamedQuery(StaffMember.BY_LOGIN, StaffMember.class).setParameter("login", login)
                .getResultStream().findFirst();
    }

    /** Whether a user name or e-mail address is used (as either) by someone other than {@code member}. */
    private boolean taken(String login, StaffMember member) {
        return em.createNamedQuery(StaffMember.BY_LOGIN, StaffMember.class).setParameter("login", login)
                .getResultStream().anyMatch(s -> member == null || !s.getId().equals(member.getId()));
    }
}

package nl.publieksacademie.staff;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.publieksacademie.platform.InvalidInput;
import nl.publieksacademie.platform.JobLeases;
import nl.publieksacademie.platform.PasswordHashing;
import nl.publieksacademie.platform.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The accounts that must exist before anyone can sign in. Demo mode: the accounts {@code learner}, {@code trainer},
 * {@code hr} and {@code admin} with password {@code demo}. Otherwise no default account exists; the first admin is
 * created once from {@code pa.admin.initial-password} when no active admin exists.
 */
@ApplicationScoped
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());
    static final String DEMO_PASSWORD = "demo";
    static final String DEMO_TEAM = "Balie Stadhuis";

    @Inject
    Staff staff;

    @Inject
    Teams teams;

    @Inject
    PasswordHashing passwords;

    @Inject
    @ConfigProperty(name = "pa.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "pa.admin.initial-password")
    Optional<String> initialAdminPassword;

    @Inject
    JobLeases leases;

    @Inject
    AccountBootstrap self;

    /** On a cluster one node at a time, each in its own transaction: two nodes starting at once make one admin. */
    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) @Initialized(ApplicationScoped.class) Object start) {
        leases.runAtStartUp("accounts", self::bootstrap);
    }

    @Transactional
    public void bootstrap() {
        if (demo) {
            demoAccounts();
        } else if (!staff.anyActiveWithRole(Roles.ADMIN)) {
            firstAdmin();
        }
    }

    private void demoAccounts() {
        if (staff.all().stream().anyMatch(s -> s.getUsername().equals(Roles.ADMIN))) {
            return;
        }
        Team team = teams.byName(DEMO_TEAM).orElseGet(() -> teams.create(DEMO_TEAM, "Burgerzaken"));
        account("learner", "Lotte de Leerling", team, JobRole.BALIEMEDEWERKER, Set.of(Roles.LEARNER));
        account("trainer", "Tim Trainer", null, null, Set.of(Roles.TRAINER, Roles.LEARNER));
        account("hr", "Hanneke van HR", null, null, Set.of(Roles.HR));
        account("admin", "Ahmed Beheer", null, null, Set.of(Roles.ADMIN));
        LOG.warning("Demo mode: accounts learner, trainer, hr and admin have the password \"demo\". Never in production.");
    }

    private void account(String username, String name, Team team, JobRole jobRole, Set<String> roles) {
        StaffMember member = staff.create(new StaffForm(name, username + "@demo.publieksacademie.nl", username,
                team == null ? null : team.getId(), jobRole == null ? null : jobRole.code(), roles, true, null));
        member.setPasswordHash(passwords.hash(DEMO_PASSWORD));
    }

    private void firstAdmin() {
        if (initialAdminPassword.isEmpty() || initialAdminPassword.get().isBlank()) {
            LOG.warning("No active admin account exists. Start once with pa.admin.initial-password (environment "
                    + "variable PA_ADMIN_INITIAL_PASSWORD) to create the account \"admin\".");
            return;
        }
        try {
            staff.create(new StaffForm("Beheerder", "admin@localhost.local", "admin", null, null, Set.of(Roles.ADMIN),
                    true, initialAdminPassword.get()));
        } catch (InvalidInput e) {
            LOG.severe("pa.admin.initial-password was not accepted (at least 8 characters): no admin created");
            return;
        }
        LOG.info("Created the first admin account \"admin\" from pa.admin.initial-password; change it after signing in.");
    }
}

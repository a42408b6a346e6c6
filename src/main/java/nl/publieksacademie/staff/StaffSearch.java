package nl.publieksacademie.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds staff members for the admin's list: free text over name, e-mail and user name, and filters on team, system
 * role and active or not, one page at a time. The database filters, counts and pages; nothing is read in full.
 */
@ApplicationScoped
public class StaffSearch {

    @PersistenceContext
    EntityManager em;

    /**
     * What the admin asked for; each part may be empty (no filter). {@code active}: null for everyone.
     * {@code descending} sorts by {@code sortBy} ({@code fullName}, {@code email} or {@code username}) the other way.
     */
    public record Query(String text, Long teamId, String role, Boolean active, String sortBy, boolean descending) {

        public Query {
            text = text == null ? "" : text.strip();
            role = role == null || role.isBlank() ? null : role;
            sortBy = "email".equals(sortBy) || "username".equals(sortBy) ? sortBy : "fullName";
        }
    }

    public long count(Query query) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(s) FROM StaffMember s" + where(query), Long.class);
        bind(count, query);
        return count.getSingleResult();
    }

    public List<StaffMember> page(Query query, int first, int max) {
        TypedQuery<StaffMember> page = em.createQuery("SELECT s FROM StaffMember s" + where(query) + " ORDER BY s."
                + query.sortBy() + (query.descending() ? " DESC" : "") + ", s.id", StaffMember.class);
        bind(page, query);
        return page.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 200)))
                .setHint("eclipselink.batch", "s.roles")
                .setHint("eclipselink.left-join-fetch", "s.team")
                .getResultList();
    }

    private static String where(Query query) {
        List<String> conditions = new ArrayList<>();
        if (!query.text().isEmpty()) {
            conditions.add("(LOWER(s.fullName) LIKE :text ESCAPE '\\' OR LOWER(s.email) LIKE :text ESCAPE '\\'"
                    + " OR LOWER(s.username) LIKE :text ESCAPE '\\')");
        }
        if (query.teamId() != null) {
            conditions.add("s.team.id = :team");
        }
        if (query.role() != null) {
            conditions.add("s.id IN (SELECT r.id FROM StaffMember r JOIN r.roles n WHERE n = :role)");
        }
        if (query.active() != null) {
            conditions.add("s.active = :active");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(TypedQuery<?> typed, Query query) {
        if (!query.text().isEmpty()) {
            typed.setParameter("text", "%" + escape(query.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.teamId() != null) {
            typed.setParameter("team", query.teamId());
        }
        if (query.role() != null) {
            typed.setParameter("role", query.role());
        }
        if (query.active() != null) {
            typed.setParameter("active", query.active());
        }
    }

    /** The text as a literal inside LIKE: its own {@code %}, {@code _} and backslash match only themselves. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

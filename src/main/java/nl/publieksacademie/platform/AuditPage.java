package nl.publieksacademie.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backing bean of {@code /admin/audit.xhtml} (admin): the most recent audit entries, told in the reader's language:
 * actions as words, the person, team, scenario or course by name (looked up once per page, not per row), addresses
 * readable. The stored entries stay as written (stable keys, for tools that read the log).
 */
@Named
@RequestScoped
public class AuditPage {

    static final int SHOWN = 500;
    private static final Pattern SUBJECT = Pattern.compile("^(staff|team|scenario|course|trends)[ :](.+)$");
    private static final Pattern ASSIGNED = Pattern.compile("^(\\S+) due (\\S+), (\\d+) person\\(s\\)$");

    @Inject
    AuditLog audit;

    @Inject
    Messages messages;

    @Inject
    Language language;

    @PersistenceContext
    EntityManager em;

    @Inject
    nl.publieksacademie.competencies.boundary.Profiles profiles;

    /** One entry as the page shows it. */
    public record Row(LocalDateTime at, String actor, String action, String subject, String detail) {}

    private List<Row> rows;

    public List<Row> getEntries() {
        if (rows == null) {
            rows = rows(audit.recent(SHOWN));
        }
        return rows;
    }

    private List<Row> rows(List<AuditEntry> entries) {
        Locale locale = language.getLocale();
        Names names = names(entries);
        List<Row> shown = new ArrayList<>();
        for (AuditEntry e : entries) {
            shown.add(new Row(e.getOccurredAt(), e.getActor(), action(locale, e.getAction()),
                    subject(locale, e.getSubject(), names), detail(locale, e.getDetail(), names)));
        }
        return shown;
    }

    private String action(Locale locale, String action) {
        return known(locale, "audit.action." + action, action);
    }

    private String subject(Locale locale, String subject, Names names) {
        if (subject == null || subject.isBlank()) {
            return "";
        }
        Matcher m = SUBJECT.matcher(subject);
        if (!m.matches()) {
            return known(locale, "audit.subject." + subject, subject);
        }
        String kind = m.group(1);
        String key = m.group(2).strip();
        String name = switch (kind) {
            case "staff" -> isNumber(key) ? names.staff().getOrDefault(Long.valueOf(key), "#" + key) : key;
            case "team" -> isNumber(key) ? names.teams().getOrDefault(Long.valueOf(key), "#" + key) : key;
            case "scenario" -> names.scenarios().getOrDefault(key, key);
            case "course" -> names.courses().getOrDefault(key, key);
            case "trends" -> profiles.framework().competency(key).map(c -> c.name()).orElse(key);
            default -> key;
        };
        return messages.format(locale, "audit.subject." + kind, name);
    }

    private String detail(Locale locale, String detail, Names names) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        for (String prefix : List.of("from ", "account changed, from ")) {
            if (detail.startsWith(prefix) && detail.indexOf(' ', prefix.length()) < 0) {
                String address = AuditText.address(locale, detail.substring(prefix.length()),
                        messages.text(locale, "audit.thisComputer"));
                return messages.format(locale, prefix.startsWith("from") ? "audit.detail.from" : "audit.detail.changedFrom",
                        address);
            }
        }
        Matcher counted = Pattern.compile("^(\\d+) (file\\(s\\)|profile\\(s\\)|team\\(s\\)|staff members from CSV)$")
                .matcher(detail);
        if (counted.matches()) {
            return messages.format(locale, "audit.detail." + counted.group(2).replaceAll("[^a-zA-Z]", ""),
                    Integer.parseInt(counted.group(1)));
        }
        Matcher version = Pattern.compile("^version (\\d+)$").matcher(detail);
        if (version.matches()) {
            return messages.format(locale, "audit.detail.version", Integer.parseInt(version.group(1)));
        }
        Matcher assigned = ASSIGNED.matcher(detail);
        if (assigned.matches()) {
            return messages.format(locale, "audit.detail.assigned",
                    names.courses().getOrDefault(assigned.group(1), assigned.group(1)), assigned.group(2),
                    Integer.parseInt(assigned.group(3)));
        }
        return known(locale, "audit.detail." + detail, detail);
    }

    /** The bundle's text for {@code key}, or {@code fallback} when there is none. */
    private String known(Locale locale, String key, String fallback) {
        String text = messages.text(locale, key);
        return text.equals(key) ? fallback : text;
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.length() < 18 && text.chars().allMatch(Character::isDigit);
    }

    /** The names of everyone and everything the entries mention, read with one query per kind. */
    record Names(Map<Long, String> staff, Map<Long, String> teams, Map<String, String> scenarios,
            Map<String, String> courses) {}

    private Names names(List<AuditEntry> entries) {
        Set<Long> staff = new HashSet<>();
        Set<Long> teams = new HashSet<>();
        Set<String> scenarios = new HashSet<>();
        Set<String> courses = new HashSet<>();
        for (AuditEntry e : entries) {
            Matcher m = e.getSubject() == null ? null : SUBJECT.matcher(e.getSubject());
            if (m != null && m.matches()) {
                String key = m.group(2).strip();
                switch (m.group(1)) {
                    case "staff" -> { if (isNumber(key)) { staff.add(Long.valueOf(key)); } }
                    case "team" -> { if (isNumber(key)) { teams.add(Long.valueOf(key)); } }
                    case "scenario" -> scenarios.add(key);
                    case "course" -> courses.add(key);
                    default -> { }
                }
            }
            Matcher assigned = e.getDetail() == null ? null : ASSIGNED.matcher(e.getDetail());
            if (assigned != null && assigned.matches()) {
                courses.add(assigned.group(1));
            }
        }
        return new Names(byId("SELECT s.id, s.fullName FROM StaffMember s WHERE s.id IN :keys", staff),
                byId("SELECT t.id, t.name FROM Team t WHERE t.id IN :keys", teams),
                latestTitles("SELECT v.scenario.slug, v.title, v.versionNo FROM ScenarioVersion v "
                        + "WHERE v.scenario.slug IN :keys", scenarios),
                latestTitles("SELECT v.course.slug, v.title, v.versionNo FROM CourseVersion v "
                        + "WHERE v.course.slug IN :keys", courses));
    }

    private Map<Long, String> byId(String query, Collection<Long> keys) {
        Map<Long, String> names = new HashMap<>();
        if (!keys.isEmpty()) {
            for (Object[] row : em.createQuery(query, Object[].class).setParameter("keys", keys).getResultList()) {
                names.put(((Number) row[0]).longValue(), (String) row[1]);
            }
        }
        return names;
    }

    private Map<String, String> latestTitles(String query, Collection<String> keys) {
        Map<String, String> titles = new HashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        if (!keys.isEmpty()) {
            for (Object[] row : em.createQuery(query, Object[].class).setParameter("keys", keys).getResultList()) {
                String slug = (String) row[0];
                int number = ((Number) row[2]).intValue();
                if (numbers.getOrDefault(slug, -1) < number) {
                    numbers.put(slug, number);
                    titles.put(slug, (String) row[1]);
                }
            }
        }
        return titles;
    }
}

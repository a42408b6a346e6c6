package nl.publieksacademie.courses.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.publieksacademie.competencies.boundary.Profiles;
import nl.publieksacademie.competencies.control.Framework;
import nl.publieksacademie.staff.MyAccount;

/**
 * Backing bean of {@code /learner/courses.xhtml}: the published courses with the learner's enrolment, searched by
 * words in title and summary and filtered by job role, competency and duration (all as GET parameters).
 */
@Named
@ViewScoped
public class CourseCatalog implements Serializable {

    /** A value to filter on with its display name. */
    public record Option(String id, String name) implements Serializable {}

    @Inject
    Courses courses;

    @Inject
    Enrolments enrolments;

    @Inject
    Profiles profiles;

    @Inject
    MyAccount account;

    private String q;
    private String role;
    private String competency;
    private Integer duration;
    private transient List<CourseProgress> all;

    public List<CourseProgress> getEntries() {
        String words = fold(q);
        return all().stream()
                .filter(c -> words.isEmpty() || fold(c.title() + " " + c.summary()).contains(words))
                .filter(c -> role == null || role.isEmpty() || c.roles().contains(role))
                .filter(c -> competency == null || competency.isEmpty() || c.competencies().contains(competency))
                .filter(c -> duration == null || c.duration() <= duration)
                .toList();
    }

    private List<CourseProgress> all() {
        if (all == null) {
            all = courses.current().stream().map(p -> enrolments.progress(account.getMe(), p)).toList();
        }
        return all;
    }

    /** Enrols the learner and opens the course. */
    public void enrol(String slug) throws IOException {
        enrolments.enrol(account.getMe(), slug);
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/learner/course.xhtml?course="
                + CourseLinks.encode(slug));
    }

    public List<Option> getRoleOptions() {
        Framework framework = profiles.framework();
        Set<String> used = new LinkedHashSet<>();
        all().forEach(c -> used.addAll(c.roles()));
        List<Option> options = new ArrayList<>();
        for (String id : framework.roles().keySet()) {
            if (used.contains(id)) {
                options.add(new Option(id, framework.roles().get(id).name()));
            }
        }
        return options;
    }

    public List<Option> getCompetencyOptions() {
        Set<String> used = new LinkedHashSet<>();
        all().forEach(c -> used.addAll(c.competencies()));
        return profiles.framework().domains().stream().flatMap(d -> d.competencies().stream())
                .filter(c -> used.contains(c.id())).map(c -> new Option(c.id(), c.name())).toList();
    }

    public List<Integer> getDurations() {
        return List.of(30, 60, 90, 120);
    }

    public String competencyName(String id) {
        return profiles.framework().competency(id).map(Framework.Competency::name).orElse(id);
    }

    public String roleName(String id) {
        Framework.RoleProfile profile = profiles.framework().roles().get(id);
        return profile == null ? id : profile.name();
    }

    /** Lowercase without accents, so "financien" finds "financiën". */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .strip();
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getCompetency() { return competency; }
    public void setCompetency(String competency) { this.competency = competency; }
    public Integer getDuration() { return duration; }
    public void setDuration(Integer duration) { this.duration = duration; }
}

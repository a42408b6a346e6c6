package nl.publieksacademie.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.security.enterprise.SecurityContext;
import nl.publieksacademie.platform.NotFound;

/** Backing bean of {@code /hr/person.xhtml}: one person's levels, trend, evidence and courses (audited). */
@Named
@RequestScoped
public class PersonPage {

    @Inject
    People people;

    @Inject
    SecurityContext security;

    @Inject
    nl.publieksacademie.platform.Language language;

    @Inject
    nl.publieksacademie.platform.Messages messages;

    private Long staff;
    private People.PersonView view;
    private java.util.Map<String, String> names;

    public void load() {
        view = people.person(staff == null ? -1 : staff, security.getCallerPrincipal().getName(), "report.person", null);
    }

    /** The trend as a Chart.js line chart configuration (months × level per competency). */
    public String getTrendJson() {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (People.Line line : view.competencies()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            line.trend().forEach(data::add);
            datasets.add(Json.createObjectBuilder().add("label", line.name()).add("data", data).add("fill", false));
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        view.months().forEach(labels::add);
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("min", 1).add("max", 4).add("ticks", Json.createObjectBuilder().add("stepSize", 1)))))
                .build().toString();
    }

    /** A competency's name in the framework (the evidence list stores its id); the id if the framework lost it. */
    public String competencyName(String id) {
        if (names == null) {
            names = new java.util.HashMap<>();
            getView().competencies().forEach(l -> names.put(l.id(), l.name()));
        }
        return names.getOrDefault(id, id);
    }

    /** A date as the reader writes it: 30-11-2026 in Dutch, 30 Nov 2026 in English. */
    public String date(java.time.LocalDate date) {
        return date == null ? "" : ReportDates.cell(date, language.getLocale());
    }

    /** Where a piece of evidence was earned: "Oefengesprek: Paspoort verlopen", as in the exports. */
    public String source(People.EvidenceLine line) {
        return ReportTables.source(line, key -> messages.text(language.getLocale(), key));
    }

    /** The person shown; a staff id that is no number (the view action did not run) is a person not found. */
    public People.PersonView getView() {
        if (view == null && !FacesContext.getCurrentInstance().isPostback()) {
            throw new NotFound("staff member");
        }
        return view;
    }
    public Long getStaff() { return staff; }
    public void setStaff(Long staff) { this.staff = staff; }
}

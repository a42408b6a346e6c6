package nl.publieksacademie.authoring;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import nl.publieksacademie.platform.CurrentUser;
import nl.publieksacademie.platform.FacesProblems;
import nl.publieksacademie.platform.InvalidInput;

/** Backing bean of {@code /trainer/index.xhtml}: the scenarios with their status, and a new one. */
@Named
@ViewScoped
public class ScenarioList implements Serializable {

    @Inject
    ScenarioDrafts drafts;

    @Inject
    FacesProblems problems;

    @Inject
    CurrentUser currentUser;

    private String slug;
    private String title;
    private String setting = "balie";
    private transient List<ScenarioDrafts.Row> rows;

    public List<ScenarioDrafts.Row> getRows() {
        if (rows == null) {
            rows = drafts.list();
        }
        return rows;
    }

    /** Creates the scenario and opens it in the editor. */
    public void create() throws IOException {
        try {
            drafts.create(slug == null ? null : slug.strip(), title, setting, user());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/trainer/editor.xhtml?scenario=" + slug.strip());
        } catch (InvalidInput invalid) {
            problems.show(invalid, "create");
        }
    }

    public void archive(String scenario, boolean archived) {
        drafts.archive(scenario, archived, user());
        problems.info(archived ? "author.archived" : "author.unarchived", scenario);
        rows = null;
    }

    private String user() {
        return currentUser.getName();
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSetting() { return setting; }
    public void setSetting(String setting) { this.setting = setting; }
}

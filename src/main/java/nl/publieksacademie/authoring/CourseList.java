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

/** The courses on {@code /trainer/index.xhtml}, and a new one. */
@Named
@ViewScoped
public class CourseList implements Serializable {

    @Inject
    CourseDrafts drafts;

    @Inject
    FacesProblems problems;

    @Inject
    CurrentUser currentUser;

    private String slug;
    private String title;
    private transient List<CourseDrafts.Row> rows;

    public List<CourseDrafts.Row> getRows() {
        if (rows == null) {
            rows = drafts.list();
        }
        return rows;
    }

    public void create() throws IOException {
        try {
            drafts.create(slug == null ? null : slug.strip(), title, currentUser.getName());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/trainer/course-editor.xhtml?course=" + slug.strip());
        } catch (InvalidInput invalid) {
            problems.show(invalid, "newCourse");
        }
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
}

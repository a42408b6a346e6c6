package nl.publieksacademie.content.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.publieksacademie.content.control.Finding;
import jakarta.security.enterprise.SecurityContext;
import nl.publieksacademie.platform.AuditLog;
import nl.publieksacademie.platform.Language;
import nl.publieksacademie.platform.FacesProblems;
import nl.publieksacademie.platform.Roles;
import nl.publieksacademie.content.entity.ContentFile;
import nl.publieksacademie.scenarios.entity.ScenarioVersion;

/** Backing bean of the content status pages ({@code /trainer/content.xhtml}, {@code /admin/content.xhtml}). */
@Named
@RequestScoped
public class ImportStatus {

    @Inject
    ContentStore store;

    @Inject
    Language language;

    @Inject
    ContentImport contentImport;

    @Inject
    SecurityContext security;

    @Inject
    AuditLog audit;

    @Inject
    FacesProblems problems;

    private List<ContentFile> files;
    private List<ScenarioVersion> scenarios;

    public List<ContentFile> getFiles() {
        if (files == null) {
            files = store.files();
        }
        return files;
    }

    /** Re-reads the content folder (admins only), then shows the new status. */
    public void reimport() {
        if (!security.isCallerInRole(Roles.ADMIN)) {
            throw new jakarta.ws.rs.ForbiddenException();
        }
        List<ContentImport.Outcome> outcomes = contentImport.importAll(security.getCallerPrincipal().getName());
        audit.record("content.import", "content", outcomes.size() + " file(s)");
        long published = outcomes.stream().filter(o -> o.publishedVersion() != null).count();
        long invalid = outcomes.stream().filter(o -> !o.valid()).count();
        problems.info("content.reimported", outcomes.size(), published, invalid);
        files = null;
        scenarios = null;
    }

    /** The stored findings of {@code file}, one line each in the user's language. */
    public List<String> problems(ContentFile file) {
        if (file.getProblems() == null || file.getProblems().isBlank()) {
            return List.of();
        }
        return file.getProblems().lines().map(Finding::decode).map(f -> f.describe(language.getLocale())).toList();
    }

    public List<ScenarioVersion> getScenarios() {
        if (scenarios == null) {
            scenarios = store.currentScenarios();
        }
        return scenarios;
    }
}

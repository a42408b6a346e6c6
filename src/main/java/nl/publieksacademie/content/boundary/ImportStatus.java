package nl.publieksacademie.content.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.publieksacademie.content.control.Finding;
import nl.publieksacademie.platform.Language;
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

    private List<ContentFile> files;
    private List<ScenarioVersion> scenarios;

    public List<ContentFile> getFiles() {
        if (files == null) {
            files = store.files();
        }
        return files;
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

package nl.publieksacademie.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.publieksacademie.content.control.Finding;
import nl.publieksacademie.platform.CurrentUser;
import nl.publieksacademie.platform.FacesProblems;
import nl.publieksacademie.platform.Language;
import nl.publieksacademie.scenarios.control.ScenarioDiff;

/**
 * Backing bean of {@code /trainer/history.xhtml}: the published versions with who published them and when, the
 * comparison of two (opened on the two latest, with the old and the new text of every change), the export of the
 * latest, and the import of an uploaded file (validated, all or nothing).
 */
@Named
@ViewScoped
public class ScenarioHistory implements Serializable {

    static final int MAX_UPLOAD = 2 * 1024 * 1024;

    @Inject
    ScenarioDrafts drafts;

    @Inject
    FacesProblems problems;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private String scenario;
    private Integer from;
    private Integer to;
    private List<ScenarioDiff.Change> changes;
    private transient Part upload;
    private List<String> uploadErrors = List.of();
    private List<ScenarioDrafts.VersionRow> versions;

    /** On opening: compares the two latest versions, so the page shows at once what the last publication changed. */
    public void open() {
        List<ScenarioDrafts.VersionRow> all = getVersions();
        if (from == null && to == null && all.size() > 1) {
            to = all.get(0).number();
            from = all.get(1).number();
            changes = drafts.compare(scenario, from, to);
        }
    }

    public List<ScenarioDrafts.VersionRow> getVersions() {
        if (versions == null) {
            versions = drafts.history(scenario);
        }
        return versions;
    }

    /** The scenario's title as last published; its id while it has none. */
    public String getTitle() {
        return getVersions().isEmpty() ? scenario : getVersions().get(0).title();
    }

    public void compare() {
        if (from == null || to == null) {
            problems.error("history.chooseTwo");
            return;
        }
        changes = drafts.compare(scenario, from, to);
    }

    public void importFile() throws IOException {
        uploadErrors = List.of();
        if (upload == null || upload.getSize() == 0) {
            problems.error("history.noFile");
            return;
        }
        if (upload.getSize() > MAX_UPLOAD) {
            problems.error("history.tooLarge", MAX_UPLOAD / 1024);
            return;
        }
        String text;
        try (InputStream in = upload.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            ScenarioDrafts.Imported imported = drafts.importFile(text, currentUser.getName());
            if (imported.version() == null) {
                problems.info("history.unchanged", imported.slug());
            } else {
                problems.info("history.imported", imported.slug(), imported.version());
                versions = null;
                from = to = null;
                open();
            }
        } catch (InvalidScenario e) {
            Locale locale = language.getLocale();
            uploadErrors = e.checked().errors().stream().map(f -> describe(f, locale)).toList();
            problems.error("history.invalid", e.checked().errors().size());
        }
    }

    private static String describe(Finding f, Locale locale) {
        return f.line() + ":" + f.column() + " " + (f.path().isEmpty() ? "" : f.path() + ": ") + f.message(locale);
    }

    public List<ScenarioDiff.Change> getChanges() { return changes; }
    public List<String> getUploadErrors() { return uploadErrors; }
    public String getScenario() { return scenario; }
    public void setScenario(String scenario) { this.scenario = scenario; }
    public Integer getFrom() { return from; }
    public void setFrom(Integer from) { this.from = from; }
    public Integer getTo() { return to; }
    public void setTo(Integer to) { this.to = to; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
}

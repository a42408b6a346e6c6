package nl.publieksacademie.competencies.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.publieksacademie.competencies.control.Framework;
import nl.publieksacademie.competencies.entity.Evidence;
import nl.publieksacademie.platform.Messages;
import nl.publieksacademie.staff.MyAccount;

/** Backing bean of {@code /learner/profile.xhtml}: the learner's own profile, chart and evidence history. */
@Named
@RequestScoped
public class MyProfile {

    /** The evidence of one competency, newest first. */
    public record History(String competency, String name, List<Evidence> evidence) {}

    @Inject
    Profiles profiles;

    @Inject
    MyAccount account;

    @Inject
    Messages messages;

    private ProfileView profile;
    private List<History> history;

    public ProfileView getProfile() {
        if (profile == null) {
            profile = profiles.profile(account.getMe());
        }
        return profile;
    }

    public List<History> getHistory() {
        if (history == null) {
            Framework framework = profiles.framework();
            Map<String, List<Evidence>> by = new LinkedHashMap<>();
            for (Evidence e : profiles.evidence(account.getMe().getId())) {
                by.computeIfAbsent(e.getCompetency(), k -> new ArrayList<>()).add(e);
            }
            history = new ArrayList<>();
            by.forEach((id, list) -> history.add(new History(id,
                    framework.competency(id).map(Framework.Competency::name).orElse(id), list)));
        }
        return history;
    }

    /** A Chart.js bar chart: the level per competency beside the role target. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder levels = Json.createArrayBuilder();
        JsonArrayBuilder targets = Json.createArrayBuilder();
        for (ProfileView.Line line : getProfile().competencies()) {
            labels.add(line.name());
            levels.add(line.level());
            targets.add(line.target() == null ? 0 : line.target());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", messages.text("profile.level"))
                                        .add("data", levels).add("backgroundColor", "#1f5f8b"))
                                .add(Json.createObjectBuilder().add("label", messages.text("profile.target"))
                                        .add("data", targets).add("backgroundColor", "#c8a200"))))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder()
                                .add("min", 0).add("max", 4).add("ticks", Json.createObjectBuilder().add("stepSize", 1)))))
                .build()
                .toString();
    }
}

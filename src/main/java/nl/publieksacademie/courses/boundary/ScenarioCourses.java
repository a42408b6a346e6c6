package nl.publieksacademie.courses.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.publieksacademie.staff.MyAccount;

/** For the debrief: the courses the learner follows that have a step with this scenario, to return to. */
@Named
@RequestScoped
public class ScenarioCourses {

    @Inject
    Enrolments enrolments;

    @Inject
    MyAccount account;

    public List<CourseProgress> of(String scenario) {
        return enrolments.mine(account.getMe()).stream()
                .filter(c -> c.modules().stream().flatMap(m -> m.steps().stream())
                        .anyMatch(s -> scenario.equals(s.scenario())))
                .toList();
    }
}

package nl.publieksacademie.courses.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.publieksacademie.staff.MyAccount;

/** The learner's dashboard list: assigned and enrolled courses with progress, due date and the next step. */
@Named
@RequestScoped
public class MyCourses {

    @Inject
    Enrolments enrolments;

    @Inject
    MyAccount account;

    private List<CourseProgress> courses;

    public List<CourseProgress> getCourses() {
        if (courses == null) {
            courses = enrolments.mine(account.getMe());
        }
        return courses;
    }
}

package nl.publieksacademie.courses.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.publieksacademie.competencies.boundary.Profiles;
import nl.publieksacademie.competencies.entity.Evidence;
import nl.publieksacademie.content.control.TextMarkup;
import nl.publieksacademie.courses.control.Course;
import nl.publieksacademie.courses.control.Quiz;
import nl.publieksacademie.courses.entity.Enrolment;
import nl.publieksacademie.courses.entity.QuizSubmission;
import nl.publieksacademie.courses.entity.StepProgress;
import nl.publieksacademie.platform.InvalidInput;
import nl.publieksacademie.platform.NotFound;
import nl.publieksacademie.platform.Problem;
import nl.publieksacademie.scenarios.boundary.AttemptFinished;
import nl.publieksacademie.staff.PersonAccess;
import nl.publieksacademie.staff.StaffMember;

/**
 * Enrolment and progress: enrolling (by oneself or by assignment), completing lessons, scoring quizzes (with
 * evidence), completing scenario steps when an attempt ends with a passing outcome, and completing the course with
 * a certificate once every required step of its current version is done.
 */
@ApplicationScoped
public class Enrolments {

    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Courses courses;

    @Inject
    Profiles profiles;

    /** A certificate as the public verification page shows it: only the course and the date. */
    public record Verification(String course, LocalDate completedOn) {}

    /** What a certificate says. */
    public record Certificate(String name, String course, LocalDate completedOn, String code) {}

    /** An assignment as team leads and HR follow it; {@code staff} is the person's id. */
    public record Assignment(long staff, String name, String team, String course, LocalDate dueOn, boolean completed,
            boolean overdue, int percent) {}

    public Optional<Enrolment> enrolment(StaffMember staff, String slug) {
        return em.createNamedQuery(Enrolment.OF_STAFF_AND_COURSE, Enrolment.class)
                .setParameter("staff", staff.getId())
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** The course as {@code staff} sees it, enrolled or not. */
    public CourseProgress progress(StaffMember staff, Courses.Published published) {
        return view(published, enrolment(staff, published.slug()).orElse(null));
    }

    /** Every course {@code staff} is enrolled in: assigned ones with the earliest due date first. */
    public List<CourseProgress> mine(StaffMember staff) {
        List<CourseProgress> mine = new ArrayList<>();
        for (Enrolment e : em.createNamedQuery(Enrolment.OF_STAFF, Enrolment.class)
                .setParameter("staff", staff.getId()).getResultList()) {
            courses.find(e.getCourse().getSlug()).ifPresent(p -> mine.add(view(p, e)));
        }
        mine.sort(java.util.Comparator.comparing(CourseProgress::completed)
                .thenComparing(c -> c.dueOn() == null ? LocalDate.MAX : c.dueOn()));
        return mine;
    }

    /** Courses completed, enrolled in and overdue of one person. */
    public record Tally(long completed, long enrolled, long overdue) {}

    /** Per staff id the tally of their enrolments in published courses, from one query. */
    public Map<Long, Tally> tallies(List<Long> staff) {
        Map<Long, Tally> tallies = new HashMap<>();
        if (staff.isEmpty()) {
            return tallies;
        }
        LocalDate today = LocalDate.now();
        for (Enrolment e : em.createNamedQuery(Enrolment.OF_STAFF_IN, Enrolment.class).setParameter("staff", staff)
                .getResultList()) {
            if (courses.find(e.getCourse().getSlug()).isPresent()) {
                tallies.merge(e.getStaffId(), new Tally(e.isCompleted() ? 1 : 0, 1, e.isOverdue(today) ? 1 : 0),
                        (a, b) -> new Tally(a.completed() + b.completed(), a.enrolled() + b.enrolled(),
                                a.overdue() + b.overdue()));
            }
        }
        return tallies;
    }

    @Transactional
    public CourseProgress enrol(StaffMember staff, String slug) {
        Courses.Published published = courses.latest(slug);
        return view(published, enrolled(staff.getId(), published));
    }

    private Enrolment enrolled(Long staffId, Courses.Published published) {
        return em.createNamedQuery(Enrolment.OF_STAFF_AND_COURSE, Enrolment.class)
                .setParameter("staff", staffId)
                .setParameter("slug", published.slug())
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Enrolment created = new Enrolment(staffId, published.version().getCourse());
                    em.persist(created);
                    em.flush();
                    return created;
                });
    }

    /** Marks a lesson as read (enrolling first when needed); answers the progress. */
    @Transactional
    public CourseProgress read(StaffMember staff, String slug, String stepId) {
        Courses.Published published = courses.latest(slug);
        Course.Step step = step(published, stepId, Course.Kind.LESSON);
        Enrolment enrolment = enrolled(staff.getId(), published);
        done(enrolment, step.id(), published);
        return view(published, enrolment);
    }

    /**
     * Scores a quiz submission: per question id the indexes of the chosen options. Writes the submission; a pass
     * completes the step. A quiz's competency evidence counts once, at the best submission so far: the first
     * submission writes the evidence of every question, a later one that scores better (a higher share of right
     * answers) replaces the evidence of the earlier ones, and one that scores the same or worse adds nothing. So
     * retaking a quiz never inflates a profile.
     */
    @Transactional
    public QuizResult submit(StaffMember staff, String slug, String stepId, Map<String, Set<Integer>> answers) {
        Courses.Published published = courses.latest(slug);
        Course.Step step = step(published, stepId, Course.Kind.QUIZ);
        Quiz quiz = published.quiz(step);
        for (Quiz.Question q : quiz.questions()) {
            Set<Integer> chosen = answers.getOrDefault(q.id(), Set.of());
            if (chosen.stream().anyMatch(i -> i < 0 || i >= q.options().size())) {
                throw new InvalidInput(List.of(Problem.onField("answers." + q.id(), "quiz.noSuchOption")));
            }
            if (!q.multiple() && chosen.size() > 1) {
                throw new InvalidInput(List.of(Problem.onField("answers." + q.id(), "quiz.oneAnswer")));
            }
        }
        Enrolment enrolment = enrolled(staff.getId(), published);
        List<QuizSubmission> earlier = em.createNamedQuery(QuizSubmission.LATEST, QuizSubmission.class)
                .setParameter("enrolment", enrolment.getId()).setParameter("step", step.id()).getResultList();
        Quiz.Score score = quiz.score(answers);
        List<QuizResult.Answer> results = new ArrayList<>();
        StringBuilder stored = new StringBuilder();
        for (Quiz.Question q : quiz.questions()) {
            Set<Integer> chosen = new TreeSet<>(answers.getOrDefault(q.id(), Set.of()));
            results.add(new QuizResult.Answer(q.id(), chosen, q.right(chosen)));
            stored.append(q.id()).append('=')
                    .append(chosen.stream().map(String::valueOf).collect(Collectors.joining(","))).append('\n');
        }
        QuizSubmission submission = new QuizSubmission(enrolment.getId(), step.id(), published.version().getId(),
                score.right(), score.total(), score.passed(), stored.toString());
        em.persist(submission);
        em.flush();
        LocalDateTime now = LocalDateTime.now();
        List<Evidence> evidence = new ArrayList<>();
        for (Quiz.Question q : quiz.questions()) {
            boolean right = q.right(answers.getOrDefault(q.id(), Set.of()));
            for (Quiz.Weight w : q.evidence()) {
                evidence.add(Evidence.fromQuiz(staff.getId(), w.competency(), right ? w.weight() : -w.weight(),
                        TextMarkup.plain(q.question()), published.version().getId(), submission.getId(), step.id(),
                        q.id(), now));
            }
        }
        if (earlier.stream().allMatch(e -> better(score.right(), score.total(), e))) {
            profiles.replace(earlier.stream().map(QuizSubmission::getId).toList(), evidence);
        }
        boolean completedNow = false;
        if (score.passed()) {
            boolean before = enrolment.isCompleted();
            done(enrolment, step.id(), published);
            completedNow = !before && enrolment.isCompleted();
        }
        return new QuizResult(score.right(), score.total(), score.percent(), score.passMark(), score.passed(),
                completedNow, results);
    }

    /** Whether {@code right} of {@code total} is a higher share of right answers than {@code earlier} had. */
    static boolean better(int right, int total, QuizSubmission earlier) {
        return (long) right * Math.max(1, earlier.getQuestionCount())
                > (long) earlier.getAnsweredRight() * Math.max(1, total);
    }

    /** The latest submission of a quiz step by {@code staff}, if any. */
    public Optional<QuizSubmission> lastSubmission(StaffMember staff, String slug, String stepId) {
        return enrolment(staff, slug).flatMap(e -> em.createNamedQuery(QuizSubmission.LATEST, QuizSubmission.class)
                .setParameter("enrolment", e.getId())
                .setParameter("step", stepId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst());
    }

    /** A finished attempt completes the scenario steps its outcome passes, in every course the person follows. */
    void attemptFinished(@Observes AttemptFinished finished) {
        for (Enrolment enrolment : em.createNamedQuery(Enrolment.OPEN_OF_STAFF, Enrolment.class)
                .setParameter("staff", finished.staffId()).getResultList()) {
            courses.find(enrolment.getCourse().getSlug()).ifPresent(published -> {
                for (Course.Step step : published.course().steps()) {
                    if (finished.scenario().equals(step.scenario()) && step.passes(finished.outcome())) {
                        done(enrolment, step.id(), published);
                    }
                }
            });
        }
    }

    /** Assigns a course to people with a due date; answers how many were assigned. */
    @Transactional
    public int assign(Collection<StaffMember> people, String slug, LocalDate due, String by) {
        Courses.Published published = courses.latest(slug);
        int count = 0;
        for (StaffMember member : people) {
            if (member.isActive()) {
                enrolled(member.getId(), published).assign(by, due);
                count++;
            }
        }
        return count;
    }

    /** The assignments of the people within {@code reach} with their state, the earliest due date first. */
    public List<Assignment> assignments(boolean overdueOnly, PersonAccess.Reach reach) {
        LocalDate today = LocalDate.now();
        List<Assignment> rows = new ArrayList<>();
        if (reach.nobody()) {
            return rows;
        }
        TypedQuery<Object[]> query = em.createQuery("SELECT e, s FROM Enrolment e, StaffMember s "
                + "WHERE e.staffId = s.id AND e.dueOn IS NOT NULL"
                + (reach.everyone() ? "" : " AND s.team.department IN :departments")
                + " ORDER BY e.dueOn, s.fullName", Object[].class);
        if (!reach.everyone()) {
            query.setParameter("departments", reach.departments());
        }
        for (Object[] row : query.getResultList()) {
            Enrolment e = (Enrolment) row[0];
            StaffMember s = (StaffMember) row[1];
            if (overdueOnly && !e.isOverdue(today)) {
                continue;
            }
            courses.find(e.getCourse().getSlug()).ifPresent(p -> {
                CourseProgress progress = view(p, e);
                rows.add(new Assignment(s.getId(), s.getFullName(), s.getTeam() == null ? null : s.getTeam().getName(),
                        p.course().title(), e.getDueOn(), e.isCompleted(), e.isOverdue(today), progress.percent()));
            });
        }
        return rows;
    }

    public Optional<Verification> verify(String code) {
        if (code == null || !code.matches("[A-Z0-9-]{4,40}")) {
            return Optional.empty();
        }
        return em.createNamedQuery(Enrolment.BY_CERTIFICATE, Enrolment.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .flatMap(e -> courses.find(e.getCourse().getSlug())
                        .map(p -> new Verification(p.course().title(), e.getCompletedAt().toLocalDate())));
    }

    /** The certificate of a completed course of {@code staff}. */
    public Certificate certificate(StaffMember staff, String slug) {
        Enrolment e = enrolment(staff, slug).filter(Enrolment::isCompleted)
                .orElseThrow(() -> new NotFound("certificate " + slug));
        String title = courses.latest(slug).course().title();
        return new Certificate(staff.getFullName(), title, e.getCompletedAt().toLocalDate(), e.getCertificateCode());
    }

    private static Course.Step step(Courses.Published published, String stepId, Course.Kind kind) {
        return published.course().step(stepId).filter(s -> s.kind() == kind)
                .orElseThrow(() -> new NotFound(kind.key() + " " + published.slug() + "/" + stepId));
    }

    /** Records a step as done (once) and completes the course when every required step is done. */
    private void done(Enrolment enrolment, String stepId, Courses.Published published) {
        if (em.find(StepProgress.class, new StepProgress.Key(enrolment.getId(), stepId)) == null) {
            em.persist(new StepProgress(enrolment.getId(), stepId, published.version().getId()));
            em.flush();
        }
        if (!enrolment.isCompleted() && doneSteps(enrolment).containsAll(published.course().requiredSteps())) {
            enrolment.complete(published.version().getId(), code());
        }
    }

    private Set<String> doneSteps(Enrolment enrolment) {
        return em.createNamedQuery(StepProgress.OF_ENROLMENT, StepProgress.class)
                .setParameter("enrolment", enrolment.getId())
                .getResultStream()
                .map(StepProgress::getStepId)
                .collect(Collectors.toSet());
    }

    private CourseProgress view(Courses.Published published, Enrolment enrolment) {
        Course course = published.course();
        Set<String> done = enrolment == null ? Set.of() : doneSteps(enrolment);
        List<CourseProgress.ModuleView> modules = new ArrayList<>();
        CourseProgress.StepView next = null;
        for (Course.Module m : course.modules()) {
            List<CourseProgress.StepView> steps = new ArrayList<>();
            for (Course.Step s : m.steps()) {
                CourseProgress.StepView view = new CourseProgress.StepView(s.id(), s.title(), s.kind().key(),
                        s.optional(), done.contains(s.id()), s.scenario());
                if (next == null && !view.done() && !s.optional()) {
                    next = view;
                }
                steps.add(view);
            }
            modules.add(new CourseProgress.ModuleView(m.id(), m.title(), steps));
        }
        List<String> required = course.requiredSteps();
        int doneRequired = (int) required.stream().filter(done::contains).count();
        boolean completed = enrolment != null && enrolment.isCompleted();
        return new CourseProgress(course.slug(), course.title(), course.summary(), course.duration(), course.roles(),
                course.competencies(), enrolment != null, doneRequired, required.size(), completed,
                completed ? enrolment.getCertificateCode() : null,
                completed ? enrolment.getCompletedAt().toLocalDate() : null,
                enrolment == null ? null : enrolment.getDueOn(),
                enrolment != null && enrolment.isOverdue(LocalDate.now()),
                enrolment == null ? null : enrolment.getAssignedBy(), completed ? null : next, modules);
    }

    private static String code() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }
}

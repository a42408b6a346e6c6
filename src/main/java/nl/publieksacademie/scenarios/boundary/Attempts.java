package nl.publieksacademie.scenarios.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.publieksacademie.competencies.boundary.Profiles;
import nl.publieksacademie.competencies.control.Framework;
import nl.publieksacademie.competencies.entity.Evidence;
import nl.publieksacademie.content.boundary.ContentStore;
import nl.publieksacademie.platform.DatabaseBusy;
import nl.publieksacademie.platform.NotFound;
import nl.publieksacademie.scenarios.control.ChoiceNotVisible;
import nl.publieksacademie.scenarios.control.PlayState;
import nl.publieksacademie.scenarios.control.PlayStateJson;
import nl.publieksacademie.scenarios.control.ScenarioEngine;
import nl.publieksacademie.scenarios.control.Step;
import nl.publieksacademie.scenarios.entity.Attempt;
import nl.publieksacademie.scenarios.entity.AttemptStep;
import nl.publieksacademie.scenarios.entity.ScenarioVersion;
import nl.publieksacademie.scenarios.graph.Choice;
import nl.publieksacademie.scenarios.graph.Node;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;
import nl.publieksacademie.scenarios.graph.Variable;
import nl.publieksacademie.staff.StaffMember;

/**
 * Attempts at scenarios: start or resume, take a step, read the debrief. Each step is stored (step log, evidence,
 * profile, new state) in one transaction before the next node is shown. A step first reads the attempt row with its
 * row lock ({@code SELECT … FOR UPDATE}): of two submissions of the same step the second waits for the first and
 * then finds the step taken, so exactly one counts; the version and the step log's key (attempt, step number) back
 * that up.
 * Callers report those refusals as a stale step ({@link #refused}).
 */
@ApplicationScoped
public class Attempts {

    @PersistenceContext
    EntityManager em;

    @Inject
    ScenarioGraphs graphs;

    @Inject
    ContentStore content;

    @Inject
    Profiles profiles;

    @Inject
    jakarta.enterprise.event.Event<AttemptFinished> finished;

    /** The caller's open attempt at {@code slug}, if any. Reads only, so it costs no transaction. */
    public Optional<PlayView> resume(long staffId, String slug) {
        return open(staffId, slug).map(this::view);
    }

    /** The caller's open attempt at {@code slug}, or a new one on the latest published version. */
    @Transactional
    public PlayView start(long staffId, String slug) {
        return view(open(staffId, slug).orElseGet(() -> begin(staffId, slug)));
    }

    private Optional<Attempt> open(long staffId, String slug) {
        return em.createNamedQuery(Attempt.OPEN, Attempt.class)
                .setParameter("staff", staffId)
                .setParameter("slug", slug)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** A new attempt at {@code slug}, also when one is open (that one is left as it is). */
    @Transactional
    public PlayView restart(StaffMember staff, String slug) {
        return view(begin(staff.getId(), slug));
    }

    private Attempt begin(long staffId, String slug) {
        StaffMember staff = em.getReference(StaffMember.class, staffId);
        ScenarioVersion version = content.latestScenario(slug).orElseThrow(() -> new NotFound("scenario " + slug));
        ScenarioGraph graph = graphs.of(version);
        Attempt attempt = new Attempt(staff, version, PlayStateJson.write(ScenarioEngine.start(graph)));
        em.persist(attempt);
        em.flush();
        return attempt;
    }

    /** The attempt as it stands; only its owner may see it. */
    public PlayView current(long staffId, long attemptId) {
        return view(owned(staffId, attemptId));
    }

    /**
     * Takes the choice {@code choiceId} as the answer to step {@code step}. A step number the attempt has moved
     * past, a finished attempt or a choice not on offer is refused with {@link StaleStep} and changes nothing.
     *
     * <p>One transaction of at most five round trips: the attempt read with its row lock, then at commit the step
     * log, the evidence (one batch), the kept sums (one batch, in {@link Profiles#record}) and the attempt. Ids come
     * in blocks; the caller's id comes from the session. The first evidence of a person in a competency adds the
     * insert of its sums.
     */
    @Transactional
    public PlayView step(long staffId, long attemptId, int step, String choiceId) {
        Attempt attempt = em.find(Attempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null || !attempt.getStaffId().equals(staffId)) {
            throw new NotFound("attempt", attemptId);
        }
        if (attempt.isFinished() || step != attempt.getStep()) {
            throw new StaleStep(view(attempt));
        }
        ScenarioGraph graph = graphs.of(attempt.getScenarioVersion());
        PlayState state = PlayStateJson.read(attempt.getState());
        Step taken;
        try {
            taken = ScenarioEngine.choose(graph, state, choiceId);
        } catch (ChoiceNotVisible e) {
            throw new StaleStep(view(attempt));
        }
        int number = step + 1;
        em.persist(new AttemptStep(attempt.getId(), number, state.node(), choiceId));
        LocalDateTime now = LocalDateTime.now();
        List<Evidence> evidence = new ArrayList<>();
        for (var e : taken.evidence()) {
            evidence.add(Evidence.fromScenario(staffId, e.competency(), e.weight(), e.reason(),
                    attempt.getScenarioVersion().getId(), attempt.getId(), number, state.node(), choiceId, now));
        }
        profiles.record(evidence);
        String ending = taken.ended() ? taken.state().node() : null;
        attempt.advance(number, PlayStateJson.write(taken.state()), ending,
                taken.ended() ? taken.ending().outcome().key() : null);
        if (taken.ended()) {
            em.flush();
            finished.fire(new AttemptFinished(staffId, attempt.getScenarioVersion().getScenario().getSlug(),
                    taken.ending().outcome(), attempt.getId()));
        }
        return view(attempt, taken.state());
    }

    /**
     * Whether {@code e}, thrown by {@link #step}, means another submission of the same step won: the attempt's
     * version or the step log's key refused this one. Contention (a lock timeout, a deadlock, {@link DatabaseBusy})
     * is not: nobody won, and the learner should try again. Any other failure is a real error, not a stale step.
     */
    public static boolean refused(RuntimeException e) {
        if (e instanceof DatabaseBusy || contention(e)) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof java.sql.SQLIntegrityConstraintViolationException
                    || t instanceof java.sql.SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code work}, a transaction of its own, again (at most {@value #TRIES} times in all) when the database
     * turned it away for contention: a lock it could not get in time, a deadlock, or embedded Derby's identity
     * block being handed out to another transaction at that moment. These are transient under many concurrent
     * learners. Contention on the last try becomes {@link DatabaseBusy} (503, try again later); any other failure
     * goes to the caller as it is.
     */
    public static <T> T retried(java.util.function.Supplier<T> work) {
        for (int tried = 1; ; tried++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!contention(e)) {
                    throw e;
                }
                if (tried >= TRIES) {
                    throw new DatabaseBusy(e);
                }
            }
        }
    }

    private static final int TRIES = 3;

    /** Whether {@code e} is a transient refusal for contention (SQL states 40XL1, 40001, 40P01). */
    static boolean contention(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && java.util.Set.of("40XL1", "40001", "40P01").contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The debrief of a finished attempt of {@code staff}. */
    public DebriefView debrief(StaffMember staff, long attemptId) {
        return debrief(staff.getId(), attemptId);
    }

    public DebriefView debrief(long staffId, long attemptId) {
        Attempt attempt = owned(staffId, attemptId);
        if (!attempt.isFinished()) {
            throw new NotFound("finished attempt", attemptId);
        }
        ScenarioGraph graph = graphs.of(attempt.getScenarioVersion());
        PlayState state = PlayStateJson.read(attempt.getState());
        Node end = graph.node(attempt.getEnding());
        Framework framework = profiles.framework();
        List<DebriefView.CheckView> checks = new ArrayList<>();
        graph.checks().values().forEach(c -> checks.add(new DebriefView.CheckView(c.id(), c.label(),
                state.has(c.id()), end.ending().requires().contains(c.id()))));
        Map<String, List<DebriefView.EvidenceView>> earned = new LinkedHashMap<>();
        Map<String, int[]> totals = new LinkedHashMap<>();
        for (Evidence e : em.createNamedQuery(Evidence.OF_ATTEMPT, Evidence.class)
                .setParameter("attempt", attempt.getId()).getResultList()) {
            String name = name(framework, e.getCompetency());
            earned.computeIfAbsent(e.getNode() + "/" + e.getStepNo(), k -> new ArrayList<>())
                    .add(new DebriefView.EvidenceView(e.getCompetency(), name, e.getWeight(), e.getReason()));
            int[] total = totals.computeIfAbsent(e.getCompetency(), k -> new int[2]);
            total[0] += e.getWeight();
            total[1]++;
        }
        List<AttemptStep> taken = em.createNamedQuery(AttemptStep.OF_ATTEMPT, AttemptStep.class)
                .setParameter("attempt", attempt.getId()).getResultList();
        List<PlayView.Exchange> exchanges = new ArrayList<>();
        for (AttemptStep s : taken) {
            Node node = graph.node(s.getNode());
            exchanges.add(exchange(s, node, node.choice(s.getChoice()).orElseThrow().text()));
        }
        List<PlayView.Turn> thread = PlayView.thread(graph.setting().key(), exchanges);
        List<DebriefView.StepView> steps = new ArrayList<>();
        for (int i = 0; i < taken.size(); i++) {
            AttemptStep s = taken.get(i);
            Node node = graph.node(s.getNode());
            Choice chosen = node.choice(s.getChoice()).orElseThrow();
            List<DebriefView.OptionView> others = node.choices().stream()
                    .filter(c -> !c.id().equals(chosen.id()))
                    .map(c -> new DebriefView.OptionView(c.text(), c.feedback()))
                    .toList();
            steps.add(new DebriefView.StepView(s.getStepNo(), node.says() == null ? node.narration() : node.says(),
                    chosen.text(), chosen.feedback(),
                    earned.getOrDefault(s.getNode() + "/" + s.getStepNo(), List.of()), others, thread.get(i)));
        }
        List<DebriefView.CompetencyTotal> evidence = new ArrayList<>();
        totals.forEach((id, t) -> evidence.add(new DebriefView.CompetencyTotal(id, name(framework, id), t[0], t[1])));
        return new DebriefView(attempt.getId(), graph.id(), graph.title(), graph.setting().key(),
                graph.persona().name(), end.ending().outcome().key(), end.ending().title(), end.ending().debrief(), checks, steps, evidence);
    }

    /**
     * The conversation so far of an attempt of {@code staff}, oldest first: per step taken what the citizen said
     * and what the learner answered. One query (the step log); the graph comes from the cache.
     */
    public List<PlayView.Exchange> transcript(long staffId, long attemptId) {
        return transcript(owned(staffId, attemptId));
    }

    /** An attempt's page: where it stands and the conversation so far. */
    public record Turn(PlayView view, List<PlayView.Exchange> transcript) implements java.io.Serializable {}

    /**
     * {@link #step} and, in the same transaction, the page of the turn it leads to: one read more (the step log, the
     * attempt is at hand), so the page's GET that follows needs none ({@link TurnHandover}).
     */
    @Transactional
    public Turn stepToTurn(long staffId, long attemptId, int step, String choiceId) {
        PlayView view = step(staffId, attemptId, step, choiceId);
        return new Turn(view, view.finished() ? List.of() : transcript(em.find(Attempt.class, attemptId)));
    }

    /**
     * Two reads, the attempt and its step log, in one transaction on one connection (outside one, each read took a
     * connection of its own and committed on its own).
     */
    @Transactional
    public Turn turn(long staffId, long attemptId) {
        Attempt attempt = owned(staffId, attemptId);
        PlayView view = view(attempt);
        return new Turn(view, view.finished() ? List.of() : transcript(attempt));
    }

    private List<PlayView.Exchange> transcript(Attempt attempt) {
        ScenarioGraph graph = graphs.of(attempt.getScenarioVersion());
        List<PlayView.Exchange> exchanges = new ArrayList<>();
        for (AttemptStep s : em.createNamedQuery(AttemptStep.OF_ATTEMPT, AttemptStep.class)
                .setParameter("attempt", attempt.getId()).getResultList()) {
            Node node = graph.node(s.getNode());
            exchanges.add(exchange(s, node, node.choice(s.getChoice()).map(Choice::text).orElse(s.getChoice())));
        }
        return exchanges;
    }

    private static PlayView.Exchange exchange(AttemptStep step, Node node, String answer) {
        return new PlayView.Exchange(step.getStepNo(), node.narration(), node.says(), answer,
                node.setting() == null ? null : node.setting().key(), node.time());
    }

    /** The slug of the scenario of an attempt of {@code staff}, and whether it is finished. */
    public record Whereabouts(String scenario, boolean finished) {}

    public Whereabouts whereabouts(StaffMember staff, long attemptId) {
        Attempt attempt = owned(staff.getId(), attemptId);
        return new Whereabouts(attempt.getScenarioVersion().getScenario().getSlug(), attempt.isFinished());
    }

    /** The caller's attempts, most recent first. */
    public List<Attempt> of(StaffMember staff) {
        return em.createNamedQuery(Attempt.BY_STAFF, Attempt.class).setParameter("staff", staff.getId())
                .getResultList();
    }

    private Attempt owned(long staffId, long attemptId) {
        Attempt attempt = em.find(Attempt.class, attemptId);
        if (attempt == null || !attempt.getStaffId().equals(staffId)) {
            throw new NotFound("attempt", attemptId);
        }
        return attempt;
    }

    private static String name(Framework framework, String competency) {
        return framework.competency(competency).map(Framework.Competency::name).orElse(competency);
    }

    PlayView view(Attempt attempt) {
        return view(attempt, PlayStateJson.read(attempt.getState()));
    }

    private PlayView view(Attempt attempt, PlayState state) {
        ScenarioVersion version = attempt.getScenarioVersion();
        ScenarioGraph graph = graphs.of(version);
        Node node = graph.node(state.node());
        List<PlayView.ChoiceView> choices = ScenarioEngine.visible(graph, state).stream()
                .map(c -> new PlayView.ChoiceView(c.id(), c.text()))
                .toList();
        Map<String, Integer> variables = new LinkedHashMap<>();
        List<PlayView.Meter> meters = new ArrayList<>();
        for (Variable v : graph.variables().values()) {
            if (v.meter()) {
                variables.put(v.name(), state.value(v.name()));
                meters.add(new PlayView.Meter(v.name(), v.label(), state.value(v.name()), v.min(), v.max(),
                        v.lowerIsBetter()));
            }
        }
        PlayView.EndingView ending = node.isEnding()
                ? new PlayView.EndingView(node.ending().outcome().key(), node.ending().title(), node.ending().debrief())
                : null;
        var persona = graph.persona();
        return new PlayView(attempt.getId(), graph.id(), graph.title(), graph.setting().key(), version.getVersionNo(),
                attempt.getStep(), attempt.isFinished(),
                new PlayView.Persona(persona.name(), persona.initials(), persona.description()),
                new PlayView.NodeView(node.id(), node.narration(), node.says(),
                        node.setting() == null ? null : node.setting().key(), node.time()),
                choices, variables, meters, ending);
    }
}

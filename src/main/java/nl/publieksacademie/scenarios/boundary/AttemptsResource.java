package nl.publieksacademie.scenarios.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import nl.publieksacademie.platform.Authentication;
import nl.publieksacademie.platform.InvalidInput;
import nl.publieksacademie.platform.NotFound;
import nl.publieksacademie.platform.Problem;
import nl.publieksacademie.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own attempts at scenarios. Learners only; another person's attempt does not exist for the caller. */
@Path("attempts")
@RequestScoped
@RolesAllowed(Roles.LEARNER)
@Tag(name = "attempts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AttemptsResource {

    /** Body of a start: the scenario's slug. */
    public record Start(String scenario) {}

    /** Body of a step: the step number it answers and the choice taken. */
    public record Answer(Integer step, String choice) {}

    @Inject
    Attempts attempts;

    @Context
    HttpServletRequest request;

    @POST
    @Operation(summary = "Start the caller's attempt at a scenario, or resume the open one",
            description = "Answers {attempt, step, node, choices, variables, ...}; the step number must be sent back "
                    + "with the next answer.")
    @APIResponse(responseCode = "200", description = "the attempt where it stands")
    @APIResponse(responseCode = "404", description = "no published scenario with that slug")
    public PlayView start(Start start) {
        if (start == null || start.scenario() == null || start.scenario().isBlank()) {
            throw new InvalidInput(List.of(Problem.onField("scenario", "attempt.scenarioMissing")));
        }
        long me = caller();
        return Attempts.retried(
                () -> attempts.resume(me, start.scenario()).orElseGet(() -> attempts.start(me, start.scenario())));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The caller's attempt where it stands")
    @APIResponse(responseCode = "404", description = "no such attempt of the caller")
    public PlayView current(@PathParam("id") long id) {
        return attempts.current(caller(), id);
    }

    @POST
    @Path("{id}/steps")
    @Operation(summary = "Answer the current step with a choice",
            description = "Answers the next node, or the ending. A step number the attempt has moved past, a "
                    + "repeated submission or a choice not on offer answers 409 with the current state and stores "
                    + "nothing.")
    @APIResponse(responseCode = "200", description = "the next node or the ending")
    @APIResponse(responseCode = "404", description = "no such attempt of the caller")
    @APIResponse(responseCode = "409", description = "stale or repeated step; the body is the current state")
    public PlayView step(@PathParam("id") long id, Answer answer) {
        List<Problem> problems = new ArrayList<>();
        if (answer == null || answer.step() == null) {
            problems.add(Problem.onField("step", "attempt.stepMissing"));
        }
        if (answer == null || answer.choice() == null || answer.choice().isBlank()) {
            problems.add(Problem.onField("choice", "attempt.choiceMissing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long me = caller();
        try {
            return Attempts.retried(() -> attempts.step(me, id, answer.step(), answer.choice()));
        } catch (StaleStep | NotFound e) {
            throw e;
        } catch (RuntimeException e) {
            if (Attempts.refused(e)) {
                throw new StaleStep(attempts.current(me, id));
            }
            throw e;
        }
    }

    @GET
    @Path("{id}/debrief")
    @Operation(summary = "The debrief of a finished attempt: path, feedback, checks and evidence")
    @APIResponse(responseCode = "404", description = "no such finished attempt of the caller")
    public DebriefView debrief(@PathParam("id") long id) {
        return attempts.debrief(caller(), id);
    }

    /** The caller's account id, as the session holds it (checked against the account's stamp on each request). */
    private long caller() {
        return Authentication.staffId(request).orElseThrow(() -> new NotFound("staff member"));
    }
}

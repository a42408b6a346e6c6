package nl.publieksacademie.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import nl.publieksacademie.platform.JobLeases;
import nl.publieksacademie.staff.Teams;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode, on a database without teams of its own (only the demo accounts' team, made just before), fills a realistic
 * municipality: 12 teams, 300 staff and six months of play, evidence and courses, so the reports look real on the
 * first start. {@code pa.demo.data=false} leaves it out (the integration tests do).
 */
@ApplicationScoped
public class DemoStartup {

    @Inject
    DemoData data;

    @Inject
    Teams teams;

    @Inject
    @ConfigProperty(name = "pa.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "pa.demo.data", defaultValue = "true")
    boolean demoData;

    @Inject
    JobLeases leases;

    /** Longer than the demo municipality takes to make on a slow machine. */
    static final Duration LEASE = Duration.ofMinutes(10);

    /**
     * One node of a cluster makes it; the others find it made (or skip while it is being made). It is stored in one
     * transaction ({@link DemoData#generate} commits in parts only for sizes far beyond this one), so a node that
     * dies while making it leaves nothing, and the next start makes it again.
     */
    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 50) @Initialized(ApplicationScoped.class) Object start) {
        if (demo && demoData) {
            leases.runAlone("demo-municipality", LEASE, () -> {
                if (teams.all().size() <= 1) {
                    data.generate(SIZE);
                }
            });
        }
    }

    static final DemoData.Size SIZE = new DemoData.Size(300, 12, 12, 6, 42);
}

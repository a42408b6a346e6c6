package nl.publieksacademie.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
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

    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 50) @Initialized(ApplicationScoped.class) Object start) {
        if (demo && demoData && teams.all().size() <= 1) {
            data.generate(new DemoData.Size(300, 12, 12, 6, 42));
        }
    }
}

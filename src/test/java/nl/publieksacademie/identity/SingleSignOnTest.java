package nl.publieksacademie.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SingleSignOnTest {

    @Test
    void afterSignInOnlyALocalPathIsATarget() {
        assertEquals("/learner/index.xhtml", SingleSignOn.safeNext("/learner/index.xhtml"));
        assertEquals("/index.xhtml", SingleSignOn.safeNext("https://elders.example/"));
        assertEquals("/index.xhtml", SingleSignOn.safeNext("//elders.example/"));
        assertEquals("/index.xhtml", SingleSignOn.safeNext("/\\elders.example"));
        assertEquals("/index.xhtml", SingleSignOn.safeNext("/login.xhtml"));
        assertEquals("/index.xhtml", SingleSignOn.safeNext(null));
    }

    @Test
    void groupsAreReadAsAListOrOneValueWithoutTheirPath() {
        assertEquals(List.of("leerlingen", "trainers"), SingleSignOn.groups(List.of("/leerlingen", "trainers")));
        assertEquals(List.of("leerlingen"), SingleSignOn.groups("leerlingen"));
        assertEquals(List.of(), SingleSignOn.groups(null));
    }
}

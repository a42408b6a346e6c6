package nl.publieksacademie.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ViewScopeContextsTest {

    @Test
    void theRecordsOfViewsThatAreGoneLeaveTheSessionAndTheLiveOnesStay() {
        Map<String, Object> records = new ConcurrentHashMap<>();
        for (int page = 0; page < 160; page++) {
            records.put("view-" + page, Map.of("scenarioPlayer", "bean record"));
        }
        Map<String, Object> active = Collections.synchronizedMap(new LinkedHashMap<>());
        for (int page = 154; page < 160; page++) {
            active.put("view-" + page, Map.of());
        }

        assertEquals(154, ViewScopeContexts.prune(records, active));
        assertEquals(Set.of("view-154", "view-155", "view-156", "view-157", "view-158", "view-159"),
                records.keySet());
        assertEquals(0, ViewScopeContexts.prune(records, active), "nothing more to remove");
    }

    @Test
    void aSessionWithoutViewScopedPagesIsLeftAlone() {
        Map<String, Object> records = new ConcurrentHashMap<>(Map.of("view-1", Map.of()));
        assertEquals(0, ViewScopeContexts.prune(records, null), "no active view maps recorded yet: nothing known");
        assertEquals(0, ViewScopeContexts.prune(null, Map.of()));
        assertEquals(Set.of("view-1"), records.keySet());
    }
}

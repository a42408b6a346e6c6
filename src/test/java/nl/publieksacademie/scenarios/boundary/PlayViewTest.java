package nl.publieksacademie.scenarios.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A meter's level by direction, and the order in which an attempt offers the answers. */
class PlayViewTest {

    static String level(int value, boolean lowerIsBetter) {
        return new PlayView.Meter("m", "M", value, 0, 10, lowerIsBetter).level();
    }

    @Test
    void irritationRisingAndTrustFallingTurnAmberThenRed() {
        List<String> irritation = IntStream.rangeClosed(0, 10).mapToObj(v -> level(v, true)).toList();
        assertEquals(List.of("ok", "ok", "ok", "ok", "ok", "ok", "warn", "warn", "bad", "bad", "bad"), irritation);
        List<String> trust = IntStream.rangeClosed(0, 10).mapToObj(v -> level(v, false)).toList();
        assertEquals(List.of("bad", "bad", "bad", "warn", "warn", "ok", "ok", "ok", "ok", "ok", "ok"), trust);
        assertEquals("bad", new PlayView.Meter("m", "M", 1, 1, 3, false).level(), "any range");
    }

    @Test
    void theOrderIsFixedPerAttemptAndNodeAndDiffersBetweenThem() {
        List<String> authored = List.of("a", "b", "c", "d");
        assertEquals(PlayView.shuffled(7, "begin", authored), PlayView.shuffled(7, "begin", authored), "stable");
        assertEquals(new HashSet<>(authored), new HashSet<>(PlayView.shuffled(7, "begin", authored)));
        Set<List<String>> orders = new HashSet<>();
        int unchanged = 0;
        for (long attempt = 1; attempt <= 200; attempt++) {
            List<String> order = PlayView.shuffled(attempt, "begin", authored);
            orders.add(order);
            unchanged += order.equals(authored) ? 1 : 0;
        }
        assertEquals(24, orders.size(), "every order occurs over many attempts");
        assertNotEquals(200, unchanged);
        assertEquals(true, unchanged < 30, "the author's order is no more likely than another: " + unchanged);
        List<List<String>> perNode = new ArrayList<>();
        for (String node : List.of("begin", "midden", "eind", "slot", "vraag")) {
            perNode.add(PlayView.shuffled(3, node, authored));
        }
        assertNotEquals(1, new HashSet<>(perNode).size(), "nodes of one attempt are not all in one order");
    }
}

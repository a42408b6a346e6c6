package nl.publieksacademie.scenarios.boundary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What a player shows of an attempt: where it stands, what the citizen says, the choices on offer and the meters;
 * at an ending the outcome. Serialised as the REST answer of {@code /api/attempts}, with the choices in the
 * author's order; the player page offers them in {@link #offered()} order.
 */
public record PlayView(long attempt, String scenario, String title, String setting, int version, int step,
        boolean finished, Persona persona, NodeView node, List<ChoiceView> choices, Map<String, Integer> variables,
        List<Meter> meters, EndingView ending) implements java.io.Serializable {

    public record Persona(String name, String initials, String description) implements java.io.Serializable {}

    /**
     * The current node. {@code setting} is the channel this node switches to ({@code null}: it does not switch; the
     * channel is then the one of the node before, or the scenario's {@code setting} at the start); {@code time} is
     * when the citizen's message was sent ({@code HH:mm}, or {@code null}).
     */
    public record NodeView(String id, String narration, String says, String setting, String time)
            implements java.io.Serializable {

        public NodeView(String id, String narration, String says) {
            this(id, narration, says, null, null);
        }
    }

    public record ChoiceView(String id, String text) implements java.io.Serializable {}

    /**
     * A variable the learner sees, with its label, range and which way is good. Its {@link #level()} is
     * {@code ok} while less than 60 % of the range lies on the bad side of the value, {@code warn} from 60 % and
     * {@code bad} from 80 %: irritation 0-5 of 10 is ok, 6-7 warn, 8-10 bad; trust 10-5 ok, 4-3 warn, 2-0 bad.
     */
    public record Meter(String name, String label, int value, int min, int max, boolean lowerIsBetter) implements java.io.Serializable {

        /** The value as a percentage of the range, for drawing. */
        public int percent() {
            return max == min ? 0 : Math.round(100f * (value - min) / (max - min));
        }

        /** {@code ok}, {@code warn} or {@code bad}: the meter's colour and the word beside it. */
        public String level() {
            long wrongWay = lowerIsBetter ? value - min : max - value;
            long range = max - min;
            return range <= 0 ? "ok" : 10 * wrongWay >= 8 * range ? "bad" : 10 * wrongWay >= 6 * range ? "warn" : "ok";
        }

        /** The {@code low} boundary of the HTML meter, so a browser's own colours agree with {@link #level()}. */
        public double low() {
            return min + (max - min) * (lowerIsBetter ? WARN : 1 - BAD);
        }

        /** The {@code high} boundary of the HTML meter. */
        public double high() {
            return min + (max - min) * (lowerIsBetter ? BAD : 1 - WARN);
        }

        /** The {@code optimum} of the HTML meter: the good end. */
        public int optimum() {
            return lowerIsBetter ? min : max;
        }

        static final double WARN = 0.6;
        static final double BAD = 0.8;
    }

    public record EndingView(String outcome, String title, String debrief) implements java.io.Serializable {}

    /**
     * One exchange of the conversation so far: what the citizen said (and the narration) and what you answered;
     * {@code setting} and {@code time} as in {@link NodeView}.
     */
    public record Exchange(int number, String narration, String says, String answer, String setting, String time)
            implements java.io.Serializable {

        public Exchange(int number, String narration, String says, String answer) {
            this(number, narration, says, answer, null, null);
        }
    }

    /**
     * An exchange as the player shows it: in which channel it took place ({@code balie}, {@code chat}, …), whether
     * the channel changed there (the player draws a divider before it) and whether the channel is written (a
     * message thread with times).
     */
    public record Turn(Exchange exchange, String channel, boolean switched) implements java.io.Serializable {

        public boolean written() {
            return isWritten(channel);
        }
    }

    /**
     * The exchanges so far with their channels: the scenario's {@code setting} at the start, each node's own
     * {@code setting} switching it from there on.
     */
    public static List<Turn> thread(String setting, List<Exchange> exchanges) {
        List<Turn> turns = new ArrayList<>(exchanges.size());
        String channel = setting;
        for (Exchange x : exchanges) {
            String here = x.setting() == null ? channel : x.setting();
            turns.add(new Turn(x, here, !here.equals(channel)));
            channel = here;
        }
        return turns;
    }

    /** The channel of the current node after {@code thread}: its own switch, or the channel it was in. */
    public String channel(List<Turn> thread) {
        if (node.setting() != null) {
            return node.setting();
        }
        return thread.isEmpty() ? setting : thread.get(thread.size() - 1).channel();
    }

    /** Whether {@code channel} is written ({@code chat}, {@code email}): shown as a thread of messages. */
    public static boolean isWritten(String channel) {
        return nl.publieksacademie.scenarios.graph.Setting.of(channel).map(s -> s.written()).orElse(false);
    }

    /**
     * The choices in the order this attempt offers them at this node: shuffled, so that position is no cue, and
     * the same on every refresh and resume (seeded by the attempt and the node).
     */
    public List<ChoiceView> offered() {
        return shuffled(attempt, node.id(), choices);
    }

    /** {@code items} in the order that attempt {@code attempt} offers them at node {@code node}. */
    public static <T> List<T> shuffled(long attempt, String node, List<T> items) {
        List<T> order = new ArrayList<>(items);
        Collections.shuffle(order, new Random(attempt * 1_000_003L + node.hashCode()));
        return order;
    }
}

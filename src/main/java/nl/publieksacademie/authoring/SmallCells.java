package nl.publieksacademie.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Small-cell suppression of counts about learners. Each figure (a cell) knows how many distinct learners it counts;
 * a cell that counts fewer than {@code minimum} learners (zero included: "nobody in this team did X" singles out
 * the team as a whole) is suppressed. Then the secondary rule: figures that are tied by a public sum (a node's
 * choices and the attempts that reached it; the endings and the unfinished attempts against the total) must not
 * have exactly one suppressed cell, since that one could be computed as the others' difference; the smallest
 * visible cell of such a group is suppressed too, until no group has exactly one. A lone hidden zero is left: the
 * difference then says "nobody", which singles no one out (whereas hiding the start node's count to protect
 * "nobody stopped at the start" would hide the report). Pure.
 */
public final class SmallCells {

    private final int minimum;
    private final List<long[]> cells = new ArrayList<>();
    private final List<Boolean> fixed = new ArrayList<>();
    private final List<Set<Integer>> groups = new ArrayList<>();
    private boolean[] suppressed;

    public SmallCells(int minimum) {
        this.minimum = minimum;
    }

    /** Adds a cell showing {@code count} and counting {@code learners} learners; answers its index. */
    public int add(long count, long learners) {
        cells.add(new long[] {count, learners});
        fixed.add(false);
        return cells.size() - 1;
    }

    /** Adds a cell that is always shown (the report's totals, already checked against the minimum). */
    public int addShown(long count) {
        cells.add(new long[] {count, Long.MAX_VALUE});
        fixed.add(true);
        return cells.size() - 1;
    }

    /** Cells tied by a sum that a reader can form from the report (the total may be one of them). */
    public SmallCells group(Set<Integer> members) {
        if (members.size() > 1) {
            groups.add(Set.copyOf(members));
        }
        return this;
    }

    /** Applies the primary and the secondary rule; answers this, to ask {@link #suppressed(int)}. */
    public SmallCells apply() {
        suppressed = new boolean[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            suppressed[i] = !fixed.get(i) && cells.get(i)[1] < minimum;
        }
        // each round suppresses at least one more cell or ends, so this ends within cells.size() rounds
        for (int round = 0; round <= cells.size(); round++) {
            boolean changed = false;
            for (Set<Integer> group : groups) {
                List<Integer> hidden = group.stream().filter(i -> suppressed[i]).toList();
                // a lone hidden zero may be worked out: "nobody" singles no one out (and "all did X" is shown anyway)
                if (hidden.size() == 1 && cells.get(hidden.get(0))[0] > 0) {
                    Integer smallest = group.stream().filter(i -> !suppressed[i] && !fixed.get(i))
                            .min((a, b) -> Long.compare(cells.get(a)[0], cells.get(b)[0])).orElse(null);
                    if (smallest != null) {
                        suppressed[smallest] = true;
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        return this;
    }

    public boolean suppressed(int cell) {
        return suppressed[cell];
    }

    /** The count to show, or null when suppressed. */
    public Long shown(int cell) {
        return suppressed[cell] ? null : cells.get(cell)[0];
    }
}

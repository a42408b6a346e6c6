package nl.publieksacademie.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The suppression rule of the path analytics, on figures made up here. */
class SmallCellsTest {

    @Test
    void aTeamOfFiveSplitFourAndOneOverTwoEndingsShowsNeither() {
        SmallCells cells = new SmallCells(5);
        int total = cells.addShown(5);
        int four = cells.add(4, 4);
        int one = cells.add(1, 1);
        cells.group(Set.of(total, four, one)).apply();
        assertNull(cells.shown(four));
        assertNull(cells.shown(one));
        assertTrue(cells.suppressed(four));
        assertEquals(5L, cells.shown(total));
    }

    @Test
    void countsOfFiveLearnersOrMoreAreShownAndFewerAreNotZeroIncluded() {
        SmallCells cells = new SmallCells(5);
        int five = cells.add(9, 5);
        int four = cells.add(12, 4);
        int none = cells.add(0, 0);
        cells.apply();
        assertEquals(9L, cells.shown(five), "attempts are shown when five learners or more made them");
        assertNull(cells.shown(four), "twelve attempts by four learners count four learners");
        assertNull(cells.shown(none), "nobody is fewer than five too");
    }

    @Test
    void aSingleSmallCellBesideATotalTakesTheSmallestOtherCellWithIt() {
        // 20 attempts: 12 + 6 + 2; with the total known, the 2 would be 20 - 12 - 6
        SmallCells cells = new SmallCells(5);
        int total = cells.addShown(20);
        int twelve = cells.add(12, 12);
        int six = cells.add(6, 6);
        int two = cells.add(2, 2);
        cells.group(Set.of(total, twelve, six, two)).apply();
        assertTrue(cells.suppressed(two));
        assertTrue(cells.suppressed(six), "secondary suppression: the smallest other cell");
        assertFalse(cells.suppressed(twelve));
        assertFalse(cells.suppressed(total), "the checked total stays");
    }

    @Test
    void twoSmallCellsInAGroupNeedNoMore() {
        SmallCells cells = new SmallCells(5);
        int total = cells.addShown(20);
        int big = cells.add(16, 16);
        int a = cells.add(2, 2);
        int b = cells.add(2, 2);
        cells.group(Set.of(total, big, a, b)).apply();
        assertFalse(cells.suppressed(big));
        assertTrue(cells.suppressed(a) && cells.suppressed(b));
    }

    @Test
    void suppressionSpreadsThroughGroupsThatShareACell() {
        // node X reached 10 (visible), chosen there: 7 and 3; the 7 goes on to node Y, reached also by 8 others
        SmallCells cells = new SmallCells(5);
        int x = cells.add(10, 10);
        int seven = cells.add(7, 7);
        int three = cells.add(3, 3);
        int eight = cells.add(8, 8);
        int y = cells.add(15, 15);
        cells.group(Set.of(x, seven, three)).group(Set.of(seven, eight, y)).apply();
        assertTrue(cells.suppressed(three));
        assertTrue(cells.suppressed(seven), "else 10 - 7 gives the 3");
        assertTrue(cells.suppressed(eight), "else 15 - 8 gives the 7, and with it the 3");
        assertFalse(cells.suppressed(y));
        assertFalse(cells.suppressed(x));
    }

    @Test
    void aLoneHiddenZeroNeedsNoPartner() {
        // five attempts, all chose at the start: "0 stopped there" may be worked out, the 5 stays
        SmallCells cells = new SmallCells(5);
        int total = cells.addShown(5);
        int chose = cells.add(5, 5);
        int stopped = cells.add(0, 0);
        cells.group(Set.of(total, chose, stopped)).apply();
        assertTrue(cells.suppressed(stopped), "zero reads < 5 too");
        assertEquals(5L, cells.shown(chose));
    }
}

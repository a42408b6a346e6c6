package nl.publieksacademie.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** Cells that a spreadsheet would run as a formula are written as text; numbers stay numbers. */
class CsvCellsTest {

    @Test
    void formulaStartsBecomeText() {
        assertEquals("'=HYPERLINK(\"http://x\",\"y\")", CsvCells.neutralize("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'+31 6 1234", CsvCells.neutralize("+31 6 1234"));
        assertEquals("'-2+3+cmd|' /C calc'!A0", CsvCells.neutralize("-2+3+cmd|' /C calc'!A0"));
        assertEquals("'@SUM(A1:A9)", CsvCells.neutralize("@SUM(A1:A9)"));
        assertEquals("'\t=1+1", CsvCells.neutralize("\t=1+1"));
        assertEquals("'\r=1+1", CsvCells.neutralize("\r=1+1"));
    }

    @Test
    void ordinaryTextAndNumbersStay() {
        assertEquals("Jan de Vries", CsvCells.neutralize("Jan de Vries"));
        assertEquals(-1.5, CsvCells.neutralize(-1.5));
        assertEquals("-1.5", CsvCells.neutralize("-1.5"), "a plain number written as text cannot hold a formula");
        assertEquals("+3", CsvCells.neutralize("+3"));
        assertEquals("", CsvCells.neutralize(""));
        assertEquals(null, CsvCells.neutralize(null));
    }

    @Test
    void aRecordIsWrittenWithEveryCellNeutralized() throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            CsvCells.print(csv, "=1+1", -2, "ok");
        }
        assertEquals("'=1+1,-2,ok\r\n", out.toString());
    }
}

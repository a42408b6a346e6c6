package nl.publieksacademie.platform;

import java.util.Locale;

/** Pure helpers that make audit entries readable. */
final class AuditText {

    private AuditText() {}

    /**
     * A client address as a reader takes it in: IPv6 in its short form ({@code ::1}, not
     * {@code 0:0:0:0:0:0:0:1}), and the machine's own address marked with {@code thisComputer}.
     */
    static String address(Locale locale, String address, String thisComputer) {
        String shown = address.contains(":") ? shortIpv6(address) : address;
        boolean loopback = shown.equals("::1") || shown.startsWith("127.");
        return loopback ? shown + " (" + thisComputer + ")" : shown;
    }

    /** Leading zeros dropped and the longest run of two or more zero groups written {@code ::} (RFC 5952). */
    static String shortIpv6(String address) {
        String[] groups = address.split(":", -1);
        if (groups.length != 8) {
            return address.toLowerCase(Locale.ROOT);
        }
        for (int i = 0; i < 8; i++) {
            String g = groups[i].replaceFirst("^0+(?=.)", "").toLowerCase(Locale.ROOT);
            if (g.isEmpty() || !g.matches("[0-9a-f]{1,4}")) {
                return address.toLowerCase(Locale.ROOT);
            }
            groups[i] = g;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i].equals("0")) {
                int j = i;
                while (j < 8 && groups[j].equals("0")) {
                    j++;
                }
                if (j - i > bestLength) {
                    bestStart = i;
                    bestLength = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (bestStart < 0) {
            return String.join(":", groups);
        }
        String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, 8));
        return head + "::" + tail;
    }
}

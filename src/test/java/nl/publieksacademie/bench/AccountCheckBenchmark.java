package nl.publieksacademie.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import nl.publieksacademie.platform.AccountStamps;

/**
 * The cost of the per-request account check ({@link AccountStamps#current}): CPU per check when the stamp is known
 * (every request of a signed-in person), and how many database reads a given number of checks causes. Run by the
 * {@code bench} profile.
 */
public final class AccountCheckBenchmark {

    private static final int ACCOUNTS = 10_000;
    private static final int CHECKS = 20_000_000;

    public static void main(String[] args) {
        AtomicLong reads = new AtomicLong();
        AccountStamps stamps = new AccountStamps() {
            @Override
            protected long read(long staffId) {
                reads.incrementAndGet();
                return staffId % 7;
            }
        };
        long sink = run(stamps, CHECKS / 4);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long readsBefore = reads.get();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long wallBefore = System.nanoTime();
        sink += run(stamps, CHECKS);
        long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
        long wall = System.nanoTime() - wallBefore;
        System.out.printf(Locale.ROOT, "account check, %,d checks over %,d signed-in accounts: %.1f ns CPU per check "
                        + "(%.1f ns wall), %d database reads (one per account per %d s or after a change) [%d]%n",
                CHECKS, ACCOUNTS, cpu / (double) CHECKS, wall / (double) CHECKS, reads.get() - readsBefore,
                30, sink % 10);
    }

    private static long run(AccountStamps stamps, int checks) {
        long sum = 0;
        for (int i = 0; i < checks; i++) {
            sum += stamps.current(i % ACCOUNTS).orElse(0);
        }
        return sum;
    }
}

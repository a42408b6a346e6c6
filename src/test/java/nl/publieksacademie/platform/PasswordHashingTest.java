package nl.publieksacademie.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A sign-in storm hashes a few passwords at a time, not all of them side by side. */
class PasswordHashingTest {

    @Test
    void manySignInsAtOnceHashAtMostAFewAtATime() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        PasswordHashing hashing = new PasswordHashing();
        hashing.pbkdf2 = new Pbkdf2PasswordHash() {
            @Override
            public void initialize(Map<String, String> parameters) {}

            @Override
            public String generate(char[] password) {
                return work("hash:" + new String(password));
            }

            @Override
            public boolean verify(char[] password, String hashedPassword) {
                return work("hash:" + new String(password)).equals(hashedPassword);
            }

            private String work(String result) {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(30);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                inside.decrementAndGet();
                return result;
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Callable<Boolean>> signIns = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String password = "wachtwoord-" + i;
            signIns.add(() -> hashing.verify(password, "hash:" + password));
        }
        try {
            for (Future<Boolean> signIn : pool.invokeAll(signIns, 30, TimeUnit.SECONDS)) {
                assertTrue(signIn.get(), "every sign-in is checked, in turn");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(PasswordHashing.AT_ONCE, most.get(), "hashes side by side");
        assertTrue(PasswordHashing.AT_ONCE < Runtime.getRuntime().availableProcessors()
                || PasswordHashing.AT_ONCE == 1, "a core stays free for the others");
    }
}

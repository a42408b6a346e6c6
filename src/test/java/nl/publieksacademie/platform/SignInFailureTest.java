package nl.publieksacademie.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SignInFailureTest {

    final LocalDateTime now = LocalDateTime.of(2026, 11, 24, 9, 0);

    @Test
    void theFirstThreeFailuresCostNoWaitThenTheWaitDoubles() {
        SignInFailure failure = new SignInFailure("kees");
        for (int i = 0; i < 2; i++) {
            failure.fail(now);
            assertEquals(0, failure.secondsToWait(now));
        }
        failure.fail(now);
        assertEquals(2, failure.secondsToWait(now));
        failure.fail(now);
        assertEquals(4, failure.secondsToWait(now));
        failure.fail(now);
        assertEquals(8, failure.secondsToWait(now));
        assertEquals(0, failure.secondsToWait(now.plusSeconds(8)), "after the wait the next attempt may go ahead");
    }

    @Test
    void theWaitNeverExceedsFiveMinutes() {
        SignInFailure failure = new SignInFailure("kees");
        for (int i = 0; i < 40; i++) {
            failure.fail(now);
        }
        assertEquals(Duration.ofMinutes(5), failure.delay());
    }
}

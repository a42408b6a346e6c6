package nl.publieksacademie.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SignInFailureTest {

    final LocalDateTime now = LocalDateTime.of(2026, 11, 24, 9, 0);

    @Test
    void theFirstThreeFailuresOfAnAccountCostNoWaitThenTheWaitDoubles() {
        SignInFailure failure = new SignInFailure(SignInFailure.account(7));
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
    void anUnknownNameWaitsLikeAnAccount() {
        SignInFailure failure = new SignInFailure(SignInFailure.name("  Kees@Gemeente.NL "));
        for (int i = 0; i < 3; i++) {
            failure.fail(now);
        }
        assertEquals(2, failure.secondsToWait(now));
        assertEquals(SignInFailure.name("kees@gemeente.nl"), SignInFailure.name("  Kees@Gemeente.NL "));
    }

    @Test
    void anAddressHasTwentyFreeFailuresThenTheSameDoublingWaits() {
        SignInFailure failure = new SignInFailure(SignInFailure.address("192.0.2.10"));
        for (int i = 0; i < 19; i++) {
            failure.fail(now);
        }
        assertEquals(0, failure.secondsToWait(now));
        failure.fail(now);
        assertEquals(2, failure.secondsToWait(now));
        failure.fail(now);
        assertEquals(4, failure.secondsToWait(now));
    }

    @Test
    void theWaitNeverExceedsFiveMinutes() {
        SignInFailure failure = new SignInFailure(SignInFailure.account(7));
        for (int i = 0; i < 40; i++) {
            failure.fail(now);
        }
        assertEquals(Duration.ofMinutes(5), failure.delay());
    }

    @Test
    void aQuarterOfAnHourWithoutFailuresStartsTheCountAgain() {
        SignInFailure failure = new SignInFailure(SignInFailure.account(7));
        for (int i = 0; i < 5; i++) {
            failure.fail(now);
        }
        LocalDateTime later = now.plusMinutes(16);
        failure.fail(later);
        assertEquals(0, failure.secondsToWait(later), "one failure after a quiet quarter of an hour");
    }

    @Test
    void aVeryLongTypedNameIsCutToTheColumn() {
        assertEquals(SignInFailure.MAX_KEY, SignInFailure.name("x".repeat(500)).length());
    }

    @Test
    void refusedBearerTokensOfAnAddressGetTenFreeThenWait() {
        SignInFailure failure = new SignInFailure(SignInFailure.token("192.0.2.10"));
        for (int i = 0; i < 9; i++) {
            failure.fail(now);
        }
        assertEquals(0, failure.secondsToWait(now));
        failure.fail(now);
        assertEquals(2, failure.secondsToWait(now));
    }
}

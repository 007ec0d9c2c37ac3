package org.uncrumple.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** When a benchmark may start measuring: the compiler quiet for two seconds, or the wait over. */
class JitQuietTest {
  private static final long SECOND = 1_000_000_000L;
  private final AtomicLong compiledMillis = new AtomicLong();

  @Test
  void aBusyCompilerKeepsItWaitingAndAQuietOneLetsItGo() {
    JitQuiet jit = new JitQuiet(compiledMillis::get, 60 * SECOND);
    assertFalse(jit.settled(0));
    // 300 ms of compiling in two seconds: busy.
    compiledMillis.addAndGet(300);
    assertFalse(jit.settled(2 * SECOND));
    // 50 ms in the next two seconds: under a twentieth, quiet.
    compiledMillis.addAndGet(50);
    assertFalse(jit.settled(3 * SECOND), "half a window is not enough to judge");
    assertTrue(jit.settled(4 * SECOND));
    assertEquals(4.0, jit.waitedSeconds(), 1e-9);
    // Once settled it stays settled.
    compiledMillis.addAndGet(5_000);
    assertTrue(jit.settled(5 * SECOND));
  }

  @Test
  void theWaitEndsAfterItsLongestTimeEvenIfTheCompilerIsStillBusy() {
    JitQuiet jit = new JitQuiet(compiledMillis::get, 5 * SECOND);
    for (long t = 0; t < 5 * SECOND; t += SECOND / 2) {
      assertFalse(jit.settled(t), "at " + t / 1e9 + " s");
      compiledMillis.addAndGet(400);
    }
    assertTrue(jit.settled(5 * SECOND));
    assertEquals(5.0, jit.waitedSeconds(), 1e-9);
  }

  @Test
  void withoutATimedCompilerItDoesNotWait() {
    JitQuiet jit = new JitQuiet(() -> -1, 60 * SECOND);
    assertTrue(jit.settled(7 * SECOND));
    assertEquals(0.0, jit.waitedSeconds(), 1e-9);
    assertEquals(-1.0, new JitQuiet(() -> 0, SECOND).waitedSeconds(), 1e-9);
  }
}

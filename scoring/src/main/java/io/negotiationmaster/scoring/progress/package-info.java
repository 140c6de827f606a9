/** Progress over sessions: aggregate averages, per-skill progress with trend and level, next-scenario advice. */
package io.negotiationmaster.scoring.progress;

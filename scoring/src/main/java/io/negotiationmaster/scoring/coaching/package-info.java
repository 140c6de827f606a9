/** Coaching: mistake detection with theory references, learning objectives, observed tendencies and feedback. */
package io.negotiationmaster.scoring.coaching;

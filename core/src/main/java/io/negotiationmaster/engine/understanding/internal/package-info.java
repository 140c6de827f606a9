/** Tokenising, number scanning, lexicons and interpretation behind the message reader; not API. */
package io.negotiationmaster.engine.understanding.internal;

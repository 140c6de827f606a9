/**
 * Phrasing the counterpart's decided move (step 3 of the engine, "Write"). The writer only ever receives public
 * data: a {@link io.negotiationmaster.engine.writing.ReplyPlan} (moves, cues and the decided amounts) and a
 * {@link io.negotiationmaster.engine.writing.PublicPersona} (name, item, style, personality, public market facts);
 * neither can carry the reservation value or the confidential instructions.
 *
 * <p>{@link io.negotiationmaster.engine.writing.ReplyWriter} composes replies from a bundled template bank
 * (opener + tactic fragments + body + closer, per move, communication style and personality tone), never
 * repeating a reply within a negotiation. {@link io.negotiationmaster.engine.writing.ModelReplyWriter} lets an
 * optional {@link io.negotiationmaster.engine.writing.LanguageModel} phrase the move instead, checked by
 * {@link io.negotiationmaster.engine.writing.ReplyGuard}, and falls back to the template on any doubt.
 */
package io.negotiationmaster.engine.writing;

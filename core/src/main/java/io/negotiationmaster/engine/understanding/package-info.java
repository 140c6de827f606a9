/**
 * Reading negotiation messages: the amounts a message mentions (in every form people write them), which issue
 * each belongs to, and the moves it makes. Entry point: {@link io.negotiationmaster.engine.understanding.MessageReader}.
 */
package io.negotiationmaster.engine.understanding;

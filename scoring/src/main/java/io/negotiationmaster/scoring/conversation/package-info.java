/** Conversation metrics, milestones and the Thomas–Kilmann style of the user. */
package io.negotiationmaster.scoring.conversation;

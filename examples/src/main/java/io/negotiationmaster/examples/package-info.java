/** Runnable examples of embedding NegotiationMaster in a host application ({@link io.negotiationmaster.examples.EmbeddingExample}). */
package io.negotiationmaster.examples;

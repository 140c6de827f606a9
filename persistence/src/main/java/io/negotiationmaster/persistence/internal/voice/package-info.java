/** MyBatis storage of voice sessions and the voice link of messages. Not API. */
package io.negotiationmaster.persistence.internal.voice;

/** Audio container arithmetic for the voice facet (durations, WAV headers). Not API. */
package io.negotiationmaster.voice.internal;

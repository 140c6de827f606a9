-- Voice sessions: a trainee speaking to the counterpart of one negotiation. The transcript is the negotiation's
-- messages; messages spoken in a session point at it, and their metadata carries source 'voice' with the speech
-- start and end (the user's utterance, or the reply's playback window). The session keeps its limits and the
-- timing analytics computed from those windows.
CREATE TABLE voice_sessions (
    id                           TEXT          NOT NULL PRIMARY KEY,
    negotiation_id               TEXT          NOT NULL REFERENCES negotiations (id) ON DELETE CASCADE,
    user_id                      TEXT          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status                       VARCHAR(20)   NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
    speech_to_text               VARCHAR(50),
    text_to_speech               VARCHAR(50),
    voice_id                     VARCHAR(100),
    max_utterance_ms             INTEGER       NOT NULL CHECK (max_utterance_ms > 0),
    max_audio_bytes              INTEGER       NOT NULL CHECK (max_audio_bytes > 0),
    speak_replies                BOOLEAN       NOT NULL DEFAULT 1,
    started_at                   TIMESTAMP     NOT NULL,
    ended_at                     TIMESTAMP,
    conversation_ms              INTEGER       NOT NULL DEFAULT 0,
    user_speaking_ms             INTEGER       NOT NULL DEFAULT 0,
    counterpart_speaking_ms      INTEGER       NOT NULL DEFAULT 0,
    speaking_time_percentage     NUMERIC(5,2),
    interruption_count           INTEGER       NOT NULL DEFAULT 0,
    counterpart_latency_ms       INTEGER,
    user_latency_ms              INTEGER,
    user_utterances              INTEGER       NOT NULL DEFAULT 0,
    counterpart_utterances       INTEGER       NOT NULL DEFAULT 0,
    created_at                   TIMESTAMP     NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at                   TIMESTAMP     NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX idx_voice_sessions_negotiation_id ON voice_sessions (negotiation_id);
CREATE INDEX idx_voice_sessions_user_id ON voice_sessions (user_id);
CREATE INDEX idx_voice_sessions_status ON voice_sessions (status);

-- CASCADE like every other key: a session is only ever deleted with its negotiation or user, which takes the
-- messages with it anyway.
ALTER TABLE messages ADD COLUMN voice_session_id TEXT REFERENCES voice_sessions (id) ON DELETE CASCADE;
CREATE INDEX idx_messages_voice_session_id ON messages (voice_session_id);

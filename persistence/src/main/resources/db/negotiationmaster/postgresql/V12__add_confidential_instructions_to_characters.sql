-- Seed migration 12: private guidance for the AI counterpart, never shown to the user.
ALTER TABLE ai_characters ADD COLUMN confidential_instructions TEXT;

package io.negotiationmaster.persistence.internal.voice;

import io.negotiationmaster.negotiation.MessageMetadata;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** SQL for voice sessions; statements in {@code VoiceMapper.xml}. */
public interface VoiceMapper {
    int insertSession(VoiceSessionRow row);

    VoiceSessionRow session(UUID id);

    int updateSession(VoiceSessionRow row);

    List<VoiceSessionRow> byNegotiation(UUID negotiationId);

    int linkMessage(@Param("messageId") UUID messageId, @Param("sessionId") UUID sessionId,
            @Param("metadata") MessageMetadata metadata);

    List<SpokenMessageRow> spoken(UUID sessionId);
}

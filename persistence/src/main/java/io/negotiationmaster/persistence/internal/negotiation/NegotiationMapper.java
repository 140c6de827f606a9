package io.negotiationmaster.persistence.internal.negotiation;

import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** SQL for the negotiation aggregate; statements in {@code NegotiationMapper.xml}. */
public interface NegotiationMapper {
    int insertNegotiation(NegotiationRow row);

    NegotiationRow negotiation(UUID id);

    NegotiationRow lockNegotiation(UUID id);

    int updateNegotiation(NegotiationRow row);

    int insertMessage(MessageRow row);

    int insertMoves(@Param("rows") List<MoveRow> rows);

    int insertDecision(DecisionRow row);

    List<MessageRow> messages(@Param("negotiationId") UUID negotiationId, @Param("from") int from,
            @Param("limit") int limit);

    List<DecisionRow> decisions(UUID negotiationId);

    List<NegotiationRow> byUser(@Param("userId") UUID userId, @Param("status") String status,
            @Param("scenarioId") UUID scenarioId, @Param("limit") int limit, @Param("offset") long offset);

    long countByUser(@Param("userId") UUID userId, @Param("status") String status,
            @Param("scenarioId") UUID scenarioId);
}

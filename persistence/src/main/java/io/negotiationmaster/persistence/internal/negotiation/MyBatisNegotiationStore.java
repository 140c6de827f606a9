package io.negotiationmaster.persistence.internal.negotiation;

import io.negotiationmaster.negotiation.DecisionRecord;
import io.negotiationmaster.negotiation.Message;
import io.negotiationmaster.negotiation.MessageMetadata;
import io.negotiationmaster.negotiation.MoveRecord;
import io.negotiationmaster.negotiation.NegotiationFilter;
import io.negotiationmaster.negotiation.NegotiationRecord;
import io.negotiationmaster.negotiation.NegotiationStatus;
import io.negotiationmaster.negotiation.NegotiationStore;
import io.negotiationmaster.persistence.internal.SqlTransactions;
import io.negotiationmaster.storage.Page;
import io.negotiationmaster.storage.PageRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link NegotiationStore} over MyBatis. */
public final class MyBatisNegotiationStore implements NegotiationStore {
    private final SqlTransactions tx;
    private final Clock clock;

    /** @param tx transactions whose session the mapper joins; @param clock for row creation times */
    public MyBatisNegotiationStore(SqlTransactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    private NegotiationMapper mapper() {
        return tx.mapper(NegotiationMapper.class);
    }

    @Override
    public void insert(NegotiationRecord negotiation) {
        mapper().insertNegotiation(NegotiationRow.of(negotiation));
    }

    @Override
    public Optional<NegotiationRecord> find(UUID id) {
        return Optional.ofNullable(mapper().negotiation(id)).map(NegotiationRow::toRecord);
    }

    @Override
    public Optional<NegotiationRecord> lock(UUID id) {
        return Optional.ofNullable(mapper().lockNegotiation(id)).map(NegotiationRow::toRecord);
    }

    @Override
    public boolean update(NegotiationRecord negotiation) {
        return mapper().updateNegotiation(NegotiationRow.of(negotiation)) == 1;
    }

    @Override
    public void insertMessage(Message message, Optional<UUID> senderId, MessageMetadata metadata) {
        mapper().insertMessage(MessageRow.of(message, senderId, metadata));
    }

    @Override
    public Map<UUID, MessageMetadata> metadata(UUID negotiationId) {
        Map<UUID, MessageMetadata> result = new LinkedHashMap<>();
        for (MessageRow row : mapper().messages(negotiationId, 0, Integer.MAX_VALUE)) {
            if (row.metadata() != null) {
                result.put(row.id(), row.metadata());
            }
        }
        return result;
    }

    @Override
    public void insertMoves(List<MoveRecord> moves) {
        if (moves.isEmpty()) {
            return;
        }
        var now = clock.instant();
        mapper().insertMoves(moves.stream().map(m -> MoveRow.of(m, now)).toList());
    }

    @Override
    public void insertDecision(DecisionRecord decision) {
        mapper().insertDecision(DecisionRow.of(decision, clock.instant()));
    }

    @Override
    public List<Message> messages(UUID negotiationId, int from, int limit) {
        return mapper().messages(negotiationId, from, limit).stream().map(MessageRow::toMessage).toList();
    }

    @Override
    public List<DecisionRecord> decisions(UUID negotiationId) {
        return mapper().decisions(negotiationId).stream().map(DecisionRow::toRecord).toList();
    }

    @Override
    public Page<NegotiationRecord> listByUser(UUID userId, NegotiationFilter filter, PageRequest page) {
        String status = filter.status().map(NegotiationStatus::code).orElse(null);
        UUID scenario = filter.scenarioId().orElse(null);
        var rows = mapper().byUser(userId, status, scenario, page.size(), page.offset());
        return new Page<>(rows.stream().map(NegotiationRow::toRecord).toList(), page,
                mapper().countByUser(userId, status, scenario));
    }
}

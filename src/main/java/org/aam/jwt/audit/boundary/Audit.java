package org.aam.jwt.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aam.jwt.audit.control.AuditCursor;
import org.aam.jwt.audit.control.AuditQuery;
import org.aam.jwt.audit.entity.AuditPage;
import org.aam.jwt.audit.entity.AuditRecord;

/** The audit component's facade: the stored trail, written in batches, read a page at a time, pruned. */
@ApplicationScoped
@Transactional
public class Audit {

    @PersistenceContext
    EntityManager em;

    /** Stores a batch of events in one transaction. */
    public void store(List<AuditRecord> batch) {
        batch.forEach(em::persist);
    }

    /**
     * A page of the trail, newest first.
     *
     * @param visibleUsers the users whose events the caller may see, or empty for every event (an administrator)
     */
    public AuditPage page(AuditQuery query, Optional<Set<Long>> visibleUsers) {
        if (visibleUsers.isPresent() && visibleUsers.get().isEmpty()) {
            return new AuditPage(List.of(), Optional.empty());
        }
        StringBuilder jpql = new StringBuilder("select a from AuditRecord a where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        query.userId().ifPresent(id -> where(jpql, parameters, "a.userId = :userId", "userId", id));
        visibleUsers.ifPresent(ids -> where(jpql, parameters, "a.userId in :visible", "visible", ids));
        query.event().ifPresent(event -> where(jpql, parameters, "a.event = :event", "event", event));
        query.since().ifPresent(since -> where(jpql, parameters, "a.occurredAt >= :since", "since",
                since.toEpochMilli()));
        query.until().ifPresent(until -> where(jpql, parameters, "a.occurredAt <= :until", "until",
                until.toEpochMilli()));
        query.after().ifPresent(cursor -> {
            jpql.append(" and (a.occurredAt < :cursorTime or (a.occurredAt = :cursorTime and a.id < :cursorId))");
            parameters.put("cursorTime", cursor.occurredAtMillis());
            parameters.put("cursorId", cursor.id());
        });
        jpql.append(" order by a.occurredAt desc, a.id desc");
        TypedQuery<AuditRecord> select = em.createQuery(jpql.toString(), AuditRecord.class);
        parameters.forEach(select::setParameter);
        // One more than the page: whether there is a next page, without a count.
        List<AuditRecord> found = new ArrayList<>(select.setMaxResults(query.limit() + 1).getResultList());
        if (found.size() <= query.limit()) {
            return new AuditPage(found, Optional.empty());
        }
        List<AuditRecord> page = found.subList(0, query.limit());
        return new AuditPage(page, Optional.of(AuditCursor.after(page.get(page.size() - 1)).encoded()));
    }

    private static void where(StringBuilder jpql, Map<String, Object> parameters, String condition, String name,
            Object value) {
        jpql.append(" and ").append(condition);
        parameters.put(name, value);
    }

    /**
     * Deletes up to {@code batch} of the oldest events older than {@code before}, in a transaction of its own:
     * pruning a large backlog takes many short transactions rather than one that locks the table.
     *
     * @return how many were deleted
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int prune(Instant before, int batch) {
        List<String> ids = em.createNamedQuery(AuditRecord.IDS_OLDER_THAN, String.class)
                .setParameter("before", before.toEpochMilli()).setMaxResults(batch).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createNamedQuery(AuditRecord.DELETE_IDS).setParameter("ids", ids).executeUpdate();
    }
}

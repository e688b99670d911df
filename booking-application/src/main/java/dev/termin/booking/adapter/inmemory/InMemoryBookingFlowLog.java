package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.BookingFlowLog;
import dev.termin.booking.application.port.out.FlowEvent;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * In-memory {@link BookingFlowLog}, bounded so that a long-running embedded engine does not grow without limit: it
 * keeps the most recently started {@value #DEFAULT_MAX_FLOWS} flows (correlation ids per tenant) and the first
 * {@value #DEFAULT_MAX_EVENTS_PER_FLOW} events of each by default, dropping the oldest flows first. Details are
 * truncated to 1000 characters by {@link FlowEvent}. Events recorded inside a transaction are removed if it rolls
 * back.
 *
 * <p>This class is thread-safe.
 */
public final class InMemoryBookingFlowLog implements BookingFlowLog {

    /** How many flows are kept by default. */
    public static final int DEFAULT_MAX_FLOWS = 10_000;
    /** How many events of one flow are kept by default. */
    public static final int DEFAULT_MAX_EVENTS_PER_FLOW = 500;

    private final InMemoryTransactions transactions;
    private final int maxEventsPerFlow;
    private final Map<TenantKey<String>, List<FlowEvent>> flows;

    InMemoryBookingFlowLog(InMemoryTransactions transactions) {
        this(transactions, DEFAULT_MAX_FLOWS, DEFAULT_MAX_EVENTS_PER_FLOW);
    }

    InMemoryBookingFlowLog(InMemoryTransactions transactions, int maxFlows, int maxEventsPerFlow) {
        if (maxFlows < 1 || maxEventsPerFlow < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.transactions = transactions;
        this.maxEventsPerFlow = maxEventsPerFlow;
        this.flows = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<TenantKey<String>, List<FlowEvent>> eldest) {
                return size() > maxFlows;
            }
        };
    }

    @Override
    public void record(FlowEvent event) {
        Objects.requireNonNull(event, "event");
        TenantKey<String> key = new TenantKey<>(event.tenant(), event.correlationId());
        synchronized (this) {
            List<FlowEvent> events = flows.computeIfAbsent(key, k -> new ArrayList<>());
            if (events.size() >= maxEventsPerFlow) {
                return;
            }
            events.add(event);
        }
        transactions.onRollback(() -> {
            synchronized (this) {
                List<FlowEvent> events = flows.get(key);
                if (events != null) {
                    for (int i = events.size() - 1; i >= 0; i--) {
                        if (events.get(i) == event) {
                            events.remove(i);
                            break;
                        }
                    }
                    if (events.isEmpty()) {
                        flows.remove(key);
                    }
                }
            }
        });
    }

    /** Counts among the flows still kept (see the class comment). */
    @Override
    public synchronized long count(TenantId tenant, String step, Instant since) {
        Objects.requireNonNull(tenant, "tenant");
        return flows.entrySet().stream().filter(f -> f.getKey().tenant().equals(tenant))
                .flatMap(f -> f.getValue().stream())
                .filter(e -> e.step().equals(step) && !e.at().isBefore(since)).count();
    }

    @Override
    public synchronized List<FlowEvent> find(TenantId tenant, String correlationId) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(correlationId, "correlationId");
        List<FlowEvent> events = flows.get(new TenantKey<>(tenant, correlationId));
        return events == null ? List.of() : List.copyOf(events);
    }
}

package dev.termin.booking.adapter.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.domain.access.Permission;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The route table refuses routes without a declaration, twice-used ids, and routes that bypass it. */
class RouterTest {

    private static final Router.Guard NO_GUARD = new Router.Guard() {
        @Override
        public void admit(Context ctx, Route route) {
        }

        @Override
        public void after(Context ctx, Route route) {
        }
    };

    private static Router router() {
        return new Router(Javalin.create(), new Idempotency(BookingEngine.builder().build().idempotencyStore(), Clock.systemUTC(),
                Duration.ofHours(24), Duration.ofSeconds(30)), NO_GUARD);
    }

    @Test
    void aRouteWithoutAccessOrOperationId_isRefused() {
        Router r = router();

        assertThatThrownBy(() -> r.get("/v1/x", "getX", null, ctx -> { }))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("GET /v1/x");
        assertThatThrownBy(() -> r.get("/v1/x", null, Access.PUBLIC, ctx -> { }))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("operationId");
        assertThatThrownBy(() -> r.get("/v1/x", "Get X", Access.PUBLIC, ctx -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOperationIdOrRouteUsedTwice_isRefused() {
        Router r = router();
        r.get("/v1/x", "getX", Access.of(Permission.READ_APPOINTMENTS), ctx -> { });

        assertThatThrownBy(() -> r.get("/v1/y", "getX", Access.PUBLIC, ctx -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("getX");
        assertThatThrownBy(() -> r.get("/v1/x", "getXAgain", Access.PUBLIC, ctx -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("GET /v1/x");
    }

    @Test
    void aJavalinRouteOutsideTheTable_stopsTheStart() {
        Router r = router();
        r.get("/v1/x", "getX", Access.PUBLIC, ctx -> { });

        r.verify(Set.of("GET /v1/x"));
        assertThatThrownBy(() -> r.verify(Set.of("GET /v1/x", "POST /v1/sneaky")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("POST /v1/sneaky");
        assertThat(r.routes()).extracting(Route::operationId).containsExactly("getX");
    }

    @Test
    void memberAccess_namesPermissions_andNeverTheOperatorsOne() {
        assertThat(Access.of(Permission.BOOK, Permission.HOLD).describe()).isEqualTo("book|hold");
        assertThatThrownBy(() -> Access.of(Permission.MANAGE_TENANTS)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Access.OPERATOR.needsBearer()).isTrue();
        assertThat(Access.MANAGE_TOKEN.needsBearer()).isFalse();
    }
}

package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.http.internal.Access;
import dev.termin.booking.adapter.http.internal.Route;
import dev.termin.booking.adapter.jdbc.JdbcConfig;
import dev.termin.booking.domain.access.AccessPolicy;
import dev.termin.booking.domain.access.Permission;
import dev.termin.booking.domain.access.Role;
import dev.termin.booking.domain.access.RolePermissions;
import dev.termin.booking.testing.MutableClock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every registered route called by every kind of caller: the expected outcome of each cell is computed from the
 * route's declared {@link Access} and {@link RolePermissions}, so a new route is in the matrix the moment it is
 * registered. Requests name resources that do not exist (or carry empty bodies), so an admitted request fails in its
 * handler (400/404) without changing data; what the matrix checks is admission: {@code 401 unauthorized},
 * {@code 403 forbidden}, or past both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractAccessMatrixTest {

    /** A column of the matrix. */
    enum Column {
        OWNER(Role.OWNER), DESK(Role.DESK), ASSISTANT(Role.ASSISTANT), BOOKING_PAGE(Role.BOOKING_PAGE),
        VIEWER(Role.VIEWER), NO_KEY(null), REVOKED_KEY(null), OTHER_TENANTS_KEY(Role.OWNER), OPERATOR_KEY(null),
        MANAGE_TOKEN_AS_KEY(null);

        final Role role;

        Column(Role role) {
            this.role = role;
        }
    }

    enum Outcome { ADMITTED, UNAUTHORIZED, FORBIDDEN }

    AccessServer as;
    final Map<Column, Http> clients = new EnumMap<>(Column.class);
    String manageToken;

    protected abstract JdbcConfig database();

    @BeforeAll
    void start() {
        as = new AccessServer(database(), new MutableClock(TestServer.NOW), true);
        for (Column c : List.of(Column.DESK, Column.ASSISTANT, Column.BOOKING_PAGE, Column.VIEWER)) {
            clients.put(c, as.as(as.createKey(c.role)));
        }
        clients.put(Column.OWNER, as.demo);
        clients.put(Column.OTHER_TENANTS_KEY, as.acme);
        clients.put(Column.NO_KEY, as.anonymous);
        clients.put(Column.OPERATOR_KEY, as.as(AccessServer.OPERATOR_KEY));
        Http.Resp revoked = as.demo.post("/v1/keys", j("{'role':'owner','label':'to revoke'}"));
        as.demo.post("/v1/keys/" + revoked.json().get("id").asText() + "/revoke", null);
        clients.put(Column.REVOKED_KEY, as.as(revoked.json().get("secret").asText()));
        Http.Resp booked = as.demo.post("/v1/appointments", j("{'service':'haircut','staff':'maria','start':"
                + "'" + TestServer.DAY + "T10:00','customer':{'name':'Anna','phone':'+491512345678'}}"));
        manageToken = booked.json().get("manageToken").asText();
        clients.put(Column.MANAGE_TOKEN_AS_KEY, as.as(manageToken));
    }

    @AfterAll
    void stop() {
        as.close();
    }

    static Outcome expected(Access access, Column column) {
        switch (access.kind()) {
            case PUBLIC:
            case MANAGE_TOKEN:
                return Outcome.ADMITTED;
            default:
                break;
        }
        if (column == Column.NO_KEY || column == Column.REVOKED_KEY || column == Column.MANAGE_TOKEN_AS_KEY) {
            return Outcome.UNAUTHORIZED;
        }
        if (access.kind() == Access.Kind.OPERATOR) {
            return column == Column.OPERATOR_KEY ? Outcome.ADMITTED : Outcome.FORBIDDEN;
        }
        if (column == Column.OPERATOR_KEY) {
            return Outcome.FORBIDDEN;
        }
        Set<Permission> held = EnumSet.noneOf(Permission.class);
        held.addAll(access.anyOf());
        held.retainAll(RolePermissions.of(column.role, AccessPolicy.DEFAULTS));
        // the assistant's own-appointment permission needs the calling number, which the matrix does not send
        return held.isEmpty() || held.equals(Set.of(Permission.OWN_APPOINTMENTS_BY_PHONE)) ? Outcome.FORBIDDEN
                : Outcome.ADMITTED;
    }

    @Test
    void everyJavalinRoute_isInTheRouteTable() {
        Set<String> table = as.server.routeTable().stream().map(Route::key).collect(Collectors.toCollection(
                TreeSet::new));
        assertThat(table).isEqualTo(new TreeSet<>(as.server.routes()));
    }

    @Test
    void everyRoute_answersEveryCaller_asItsDeclarationSays() {
        List<String> wrong = new ArrayList<>();
        Map<Outcome, Integer> seen = new EnumMap<>(Outcome.class);
        int cells = 0;
        for (Route route : as.server.routeTable()) {
            for (Column column : Column.values()) {
                // given
                Outcome expected = expected(route.access(), column);
                String path = concrete(route);

                // when
                Http.Resp r = clients.get(column).send(route.method(), path,
                        route.method().equals("GET") || route.method().equals("DELETE") ? null : "{}", Map.of());

                // then
                Outcome actual = r.status() == 401 && "unauthorized".equals(r.code()) ? Outcome.UNAUTHORIZED
                        : r.status() == 403 && "forbidden".equals(r.code()) ? Outcome.FORBIDDEN : Outcome.ADMITTED;
                if (actual != expected || r.status() >= 500) {
                    wrong.add(route.key() + " as " + column + ": expected " + expected + ", got " + r);
                }
                seen.merge(actual, 1, Integer::sum);
                cells++;
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(seen.keySet()).containsExactlyInAnyOrder(Outcome.values());
        assertThat(cells).isEqualTo(as.server.routeTable().size() * Column.values().length);
    }

    private String concrete(Route route) {
        String path = route.path();
        if (route.access().kind() == Access.Kind.MANAGE_TOKEN) {
            path = path.replace("{token}", manageToken);
        }
        return path.replaceAll("\\{[a-z]+}", "nope");
    }
}

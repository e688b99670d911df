package dev.termin.booking.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The permissions table in {@code docs/security.md} says exactly what {@link RolePermissions} does. */
class SecurityDocTest {

    private static final List<Role> COLUMNS = List.of(Role.OWNER, Role.DESK, Role.ASSISTANT, Role.BOOKING_PAGE,
            Role.VIEWER);

    @Test
    void theDocumentedTable_matchesRolePermissions_cellForCell() throws IOException {
        Map<Permission, List<String>> documented = new EnumMap<>(Permission.class);
        for (String line : Files.readAllLines(Path.of("../docs/security.md"))) {
            String[] cells = line.split("\\|", -1);
            if (cells.length < 9) {
                continue;
            }
            String first = cells[1].strip().replace("`", "");
            Arrays.stream(Permission.values()).filter(p -> p.code().equals(first)).findFirst()
                    .ifPresent(p -> documented.put(p, Arrays.stream(cells, 3, 8).map(String::strip).toList()));
        }

        assertThat(documented.keySet()).as("every permission has a row").containsExactlyInAnyOrder(Permission.values());
        for (Permission p : Permission.values()) {
            for (int i = 0; i < COLUMNS.size(); i++) {
                Role role = COLUMNS.get(i);
                boolean always = RolePermissions.allows(role, p, AccessPolicy.DEFAULTS);
                boolean withPolicy = RolePermissions.allows(role, p, new AccessPolicy(true));
                String expected = always ? "✓" : withPolicy ? "if policy" : "";
                assertThat(documented.get(p).get(i)).as(p.code() + " for " + role.code()).isEqualTo(expected);
            }
        }
    }
}

package dev.termin.booking.adapter.http.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InstanceVariablesTest {

    @Test
    void withoutTheVariable_theInstanceIsNamedByHostAndProcessId() {
        String id = InstanceVariables.read(Environment.of(Map.of()));

        assertThat(id).matches("[A-Za-z0-9._-]{1,64}").endsWith("-" + ProcessHandle.current().pid());
    }

    @Test
    void theVariable_namesTheInstance_andABadValueNamesTheVariable() {
        assertThat(InstanceVariables.read(Environment.of(Map.of("TERMIN_INSTANCE_ID", "web-2")))).isEqualTo("web-2");
        assertThatThrownBy(() -> InstanceVariables.read(Environment.of(Map.of("TERMIN_INSTANCE_ID", "web 2"))))
                .isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("TERMIN_INSTANCE_ID: ");
    }
}

package dev.termin.booking.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's embedding snippet is the tagged region of {@link EmbeddingExampleTest}, character for character. */
class ReadmeSnippetTest {

    @Test
    void theReadmeShowsTheCompiledEmbeddingExample() throws IOException {
        String test = Files.readString(Path.of("src/test/java/dev/termin/booking/application/EmbeddingExampleTest.java"));
        String region = test.substring(test.indexOf("// tag::embedding[]\n") + "// tag::embedding[]\n".length(),
                test.indexOf("        // end::embedding[]"));
        String dedented = Arrays.stream(region.split("\n")).map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .collect(Collectors.joining("\n"));
        String readme = Files.readString(Path.of("../README.md"));
        assertThat(readme).contains(dedented);
    }
}

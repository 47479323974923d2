package org.aam.jwt.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's developer API example is this compiled class (which DeveloperApiIT runs on the server), word for word. */
class ReadmeExampleTest {

    @Test
    void theReadmeShowsTheExampleThatTheTestsRun() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("## Java developer API");
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        String shown = readme.substring(start, readme.indexOf("```", start));
        String compiled = Files.readString(Path.of("src/test/java/org/aam/jwt/example/TokenIssuingExample.java"))
                .replaceFirst("package [^;]+;\\s+", "");
        assertEquals(compiled, shown);
    }
}

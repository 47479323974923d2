package org.aam.jwt.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The developer API's example in the documentation (docs/developer-api.md, linked from the README) is this compiled
 * class (which DeveloperApiIT runs on the server), word for word.
 */
class ReadmeExampleTest {

    @Test
    void theDocumentationShowsTheExampleThatTheTestsRun() throws IOException {
        String page = Files.readString(Path.of("docs/developer-api.md"));
        int start = page.indexOf("```java\n") + "```java\n".length();
        String shown = page.substring(start, page.indexOf("```", start));
        String compiled = Files.readString(Path.of("src/test/java/org/aam/jwt/example/TokenIssuingExample.java"))
                .replaceFirst("package [^;]+;\\s+", "");
        assertEquals(compiled, shown);
    }
}

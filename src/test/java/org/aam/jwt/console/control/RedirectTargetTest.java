package org.aam.jwt.console.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedirectTargetTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/console/", "/console/?user=2#tokens", "/a/b%2Fc", "/path;x=1"})
    void aPathOfThisSiteIsKept(String path) {
        assertEquals(Optional.of(path), RedirectTarget.pathOfSite(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "https://evil.example", "/\\evil.example", "\\\\evil.example",
            "javascript:alert(1)", "evil.example", "/\t/evil.example", " /console/", "/con sole", "http:/evil.example",
            "", "/%", "///evil.example"})
    void anythingElseIsRefused(String attempt) {
        assertEquals(Optional.empty(), RedirectTarget.pathOfSite(attempt));
    }
}
